using System;
using System.IO;

namespace RelationsData.Cli.Tests;

public sealed class SchemaCommandTests : IDisposable
{
    private readonly string file = Cli.TemporaryFile("relationsdata.schema.json");

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(file)!, recursive: true);

    [Fact]
    public void Schema_writes_the_shipped_datasets_schema()
    {
        var result = Cli.Run("schema");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(RelationsJsonSchema.Text, result.Output);
        Assert.StartsWith("{\n  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\"", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Schema_reads_an_assemblys_schema_from_its_metadata()
    {
        // The library is an assembly the generator compiled tables into, like a user's own.
        var result = Cli.Run("schema", "--assembly", typeof(Fact).Assembly.Location, "--out", file);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(RelationsJsonSchema.Text, File.ReadAllText(file));
    }

    [Fact]
    public void Schema_of_an_assembly_without_tables_or_of_no_assembly_is_an_error()
    {
        var withoutTables = Cli.Run("schema", "--assembly", typeof(SchemaCommandTests).Assembly.Location);
        File.WriteAllText(file, "not an assembly");
        var notAnAssembly = Cli.Run("schema", "--assembly", file);
        var missing = Cli.Run("schema", "--assembly", file + ".dll");

        Assert.Equal((1, ""), (withoutTables.ExitCode, withoutTables.Output));
        Assert.Contains("holds no dataset schema", withoutTables.Error, StringComparison.Ordinal);
        Assert.Equal((1, ""), (notAnAssembly.ExitCode, notAnAssembly.Output));
        Assert.Contains("a .NET assembly", notAnAssembly.Error, StringComparison.Ordinal);
        Assert.Equal((1, ""), (missing.ExitCode, missing.Output));
        Assert.Contains("No assembly at", missing.Error, StringComparison.Ordinal);
    }
}
