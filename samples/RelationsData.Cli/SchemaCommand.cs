using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace RelationsData.Cli;

/// <summary>
/// relations schema: the JSON Schema of a dataset's YAML, for editors. The shipped dataset's comes from the library; that
/// of any assembly the source generator compiled tables into is read from the assembly's metadata, without loading or
/// running it.
/// </summary>
internal static class SchemaCommand
{
    // Where the generator puts each assembly's schema: RelationsData.Generated.<assembly name>.DatasetJsonSchema.Text.
    private const string GeneratedNamespace = "RelationsData.Generated.";
    private const string TypeName = "DatasetJsonSchema";
    private const string FieldName = "Text";

    public static Command Create()
    {
        var assembly = new Option<FileInfo?>("--assembly", "-a")
        {
            Description = "A .dll built with [DatasetTable] classes, whose tables the schema then describes; the shipped dataset's without it.",
            HelpName = "PATH",
        };

        var output = new Option<FileInfo?>("--out", "-o")
        {
            Description = "The file to write, replacing it if it exists; standard output without it.",
            HelpName = "FILE",
        };

        var command = new Command("schema", "Write the JSON Schema of a dataset's YAML (draft 2020-12), for editors to complete and check the files with.") { assembly, output };
        command.SetAction(result =>
        {
            var from = result.GetValue(assembly);
            string? schema;
            if (from is null)
            {
                schema = RelationsJsonSchema.Text;
            }
            else if (!from.Exists)
            {
                result.InvocationConfiguration.Error.WriteLine($"No assembly at {from.FullName}.");
                return 1;
            }
            else if ((schema = Read(from.FullName, out var problem)) is null)
            {
                result.InvocationConfiguration.Error.WriteLine($"{from.FullName} {problem}");
                return 1;
            }

            if (result.GetValue(output) is not { } file)
            {
                result.InvocationConfiguration.Output.Write(schema);
                return 0;
            }

            return OutputFile.Write(result, file, path => File.WriteAllText(path, schema));
        });

        return command;
    }

    /// <summary>The schema constant the generator compiled into an assembly, or null with the reason.</summary>
    private static string? Read(string path, out string problem)
    {
        try
        {
            using var stream = File.OpenRead(path);
            using var pe = new PEReader(stream);
            if (!pe.HasMetadata)
            {
                problem = "is not a .NET assembly.";
                return null;
            }

            var metadata = pe.GetMetadataReader();
            var text = metadata.TypeDefinitions
                .Select(metadata.GetTypeDefinition)
                .Where(type => metadata.StringComparer.Equals(type.Name, TypeName) && metadata.GetString(type.Namespace).StartsWith(GeneratedNamespace, StringComparison.Ordinal))
                .SelectMany(type => type.GetFields().Select(metadata.GetFieldDefinition))
                .Where(field => metadata.StringComparer.Equals(field.Name, FieldName) && (field.Attributes & FieldAttributes.Literal) != 0)
                .Select(field => metadata.GetBlobReader(metadata.GetConstant(field.GetDefaultValue()).Value).ReadConstant(ConstantTypeCode.String) as string)
                .FirstOrDefault();
            problem = "holds no dataset schema: the source generator writes one only into a project that declares [DatasetTable] classes.";
            return text;
        }
        catch (Exception e) when (e is BadImageFormatException or IOException or UnauthorizedAccessException)
        {
            problem = "cannot be read as a .NET assembly: " + e.Message;
            return null;
        }
    }
}
