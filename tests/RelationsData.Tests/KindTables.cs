using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;

namespace RelationsData.Tests;

/// <summary>
/// Every generated table by its kind's name, for tests that go over all kinds. Found by reflection over the
/// <c>[DatasetTable]</c> classes and read from each one's <c>All</c>, apart from the generated registry the library reads,
/// so the tests that compare the two check the registry; in the registry's order, which a test checks against the declarations.
/// </summary>
internal static class KindTables
{
    public static IReadOnlyList<(string Kind, IReadOnlyList<IRecord> Records)> All { get; } =
        typeof(IRecord).Assembly.GetTypes()
            .Select(type => (Type: type, Table: type.GetCustomAttribute<DatasetTableAttribute>()))
            .Where(t => t.Table is not null)
            .OrderBy(t => DatasetExport.Kinds.IndexOf(t.Table!.Key))
            .Select(t => (t.Table!.Key, (IReadOnlyList<IRecord>)[.. ((IEnumerable)t.Type.GetProperty("All")!.GetValue(null)!).Cast<IRecord>()]))
            .ToList();

    /// <summary>Gets the tables of facts: every kind but sources and actors.</summary>
    public static IReadOnlyList<(string Kind, IReadOnlyList<Fact> Facts)> Facts { get; } =
        All.Where(t => t.Records.All(r => r is Fact)).Select(t => (t.Kind, (IReadOnlyList<Fact>)[.. t.Records.Cast<Fact>()])).ToList();

    public static IReadOnlyList<IRecord> Get(string kind) => All.Single(t => t.Kind == kind).Records;
}
