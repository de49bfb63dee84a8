using System;
using System.Collections.Generic;
using System.Linq;
using RelationsData.ColdStart.Loading;

namespace RelationsData.ColdStart;

/// <summary>
/// The first answer in a fresh process, load included, by each path: the generated tables against the same data loaded
/// at run time from YAML (YamlDotNet) and from JSON (System.Text.Json, source-generated). "Events" loads only the events
/// table, as the generated code does on first use; "AllTables" builds every record of every table, as the run-time
/// loaders must (they read every file). Each method returns a count, so every path can be checked against the others.
/// </summary>
public static class FirstQueries
{
    /// <summary>Gets every method by name, first queries before loads, in the order the scripts run them.</summary>
    public static IReadOnlyList<(string Name, Func<int> Run)> All { get; } =
    [
        (nameof(GeneratedEvents), GeneratedEvents),
        (nameof(GeneratedEventsLinq), GeneratedEventsLinq),
        (nameof(GeneratedAllTables), GeneratedAllTables),
        (nameof(YamlDotNet), YamlDotNet),
        (nameof(YamlDotNetLinq), YamlDotNetLinq),
        (nameof(SystemTextJson), SystemTextJson),
        (nameof(GeneratedEventsLoad), GeneratedEventsLoad),
        (nameof(GeneratedAllTablesLoad), GeneratedAllTablesLoad),
        (nameof(YamlDotNetLoad), YamlDotNetLoad),
        (nameof(SystemTextJsonLoad), SystemTextJsonLoad),
    ];

    /// <summary>The first indexed query on the generated events.</summary>
    public static int GeneratedEvents() => Events.All.ActiveOn(Query.Day).Count();

    /// <summary>The same answer by a LINQ scan, which builds no index: what the first indexed query costs beyond it.</summary>
    public static int GeneratedEventsLinq() => Events.All.Where(e => e.Extent?.Contains(Query.Day) == true).Count();

    /// <summary>Every record of every generated table, then the first indexed query on the events.</summary>
    public static int GeneratedAllTables()
    {
        _ = Tables.Generated();
        return Events.All.ActiveOn(Query.Day).Count();
    }

    /// <summary>Every YAML file read by YamlDotNet, then the same indexed query on its events.</summary>
    public static int YamlDotNet() => YamlLoader.Load(InputFiles.Directory).Events.ActiveOn(Query.Day).Count();

    /// <summary>Every YAML file read by YamlDotNet, then a LINQ scan: what an application without this library would write.</summary>
    public static int YamlDotNetLinq() => YamlLoader.Load(InputFiles.Directory).Events.Where(e => e.Extent?.Contains(Query.Day) == true).Count();

    /// <summary>The JSON file read by System.Text.Json, then the same indexed query on its events.</summary>
    public static int SystemTextJson() => JsonLoader.Load(InputFiles.Json).Events.ActiveOn(Query.Day).Count();

    /// <summary>Every generated event built, by enumerating the table.</summary>
    public static int GeneratedEventsLoad()
    {
        var count = 0;
        foreach (var _ in Events.All)
        {
            count++;
        }

        return count;
    }

    /// <summary>Every record of every generated table built.</summary>
    public static int GeneratedAllTablesLoad() => Tables.Generated().RecordCount;

    /// <summary>Every record read from the YAML files.</summary>
    public static int YamlDotNetLoad() => YamlLoader.Load(InputFiles.Directory).RecordCount;

    /// <summary>Every record read from the JSON file.</summary>
    public static int SystemTextJsonLoad() => JsonLoader.Load(InputFiles.Json).RecordCount;
}
