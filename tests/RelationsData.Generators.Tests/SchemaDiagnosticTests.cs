using static RelationsData.Generators.Tests.DiagnosticAssert;

namespace RelationsData.Generators.Tests;

/// <summary>Mistakes in the C# schema itself are build errors at the declaration.</summary>
public sealed class SchemaDiagnosticTests
{
    private const string Header = "using System.Collections.Immutable;\nusing RelationsData;\nnamespace Fixture;\n";

    [Fact]
    public void Two_tables_with_one_key_is_RD0016()
    {
        var run = GeneratorHarness.Run(Header + """
            public sealed record Note : IRecord { public required string Id { get; init; } }
            [DatasetTable("notes", typeof(Note))] public static partial class Notes;
            [DatasetTable("notes", typeof(Note))] public static partial class MoreNotes;
            """);
        Reported(run, "RD0016", 5, 1, "Table key 'notes' is declared by both MoreNotes and Notes");
    }

    [Fact]
    public void Property_type_the_generator_cannot_read_is_RD0017()
    {
        var run = GeneratorHarness.Run(Header + """
            public sealed record Note : IRecord { public required string Id { get; init; } public System.DateTime When { get; init; } }
            [DatasetTable("notes", typeof(Note))] public static partial class Notes;
            """);
        Reported(run, "RD0017", 4, 103, "Property 'Note.When' has type 'System.DateTime'");
    }

    [Fact]
    public void Table_class_that_is_not_partial_is_RD0018()
    {
        var run = GeneratorHarness.Run(Header + """
            public sealed record Note : IRecord { public required string Id { get; init; } }
            [DatasetTable("notes", typeof(Note))] public static class Notes { }
            """);
        Reported(run, "RD0018", 5, 1, "[DatasetTable(\"notes\")] on 'Notes': the class must be a top-level partial class");
    }

    [Fact]
    public void Record_type_without_an_id_is_RD0018()
    {
        var run = GeneratorHarness.Run(Header + """
            public sealed record Note { public string? Name { get; init; } }
            [DatasetTable("notes", typeof(Note))] public static partial class Notes;
            """);
        Reported(run, "RD0018", 5, 1, "needs a required string property 'Id'");
    }

    [Fact]
    public void Reference_to_a_type_no_table_holds_is_RD0019()
    {
        var run = GeneratorHarness.Run(Header + """
            public sealed record Tag { public required string Id { get; init; } }
            public sealed record Note : IRecord { public required string Id { get; init; } [References(typeof(Tag))] public ImmutableArray<string> Tags { get; init; } }
            [DatasetTable("notes", typeof(Note))] public static partial class Notes;
            """);
        Reported(run, "RD0019", 6, 1, "[References(typeof(Tag))] on 'Note.Tags'");
    }
}
