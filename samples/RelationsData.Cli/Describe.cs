using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace RelationsData.Cli;

/// <summary>How the verbs spell records: dates at their own precision, enum members as the YAML does, actors by name.</summary>
internal static class Describe
{
    /// <summary>The three dimensions by the names the YAML and the command line use.</summary>
    public static readonly (string Name, Dimensions Value)[] DimensionNames =
        [.. Enum.GetValues<Dimensions>().Where(d => d != Dimensions.None).Select(d => (DatasetNames.Of(d), d))];

    /// <summary>A record's kind, as the YAML spells it in the singular: "treaty", "event", "source".</summary>
    public static string Kind(IRecord record) => JsonNamingPolicy.CamelCase.ConvertName(record.GetType().Name);

    /// <summary>A fact's kind and its own classification, such as "event · assault" or "membership · founder".</summary>
    public static string KindDetail(Fact fact) => fact switch
    {
        Event e => $"event · {Name(e.Kind)}",
        Treaty t => $"treaty · {Name(t.Kind)}",
        Membership m => $"membership · {Name(m.Role)}",
        Corridor c => $"corridor · {Name(c.Kind)}",
        Scenario s => $"scenario · {Name(s.Likelihood)}",
        _ => Kind(fact),
    };

    /// <summary>A range at the precision of its ends: "1997-07-03", "2020-09 → 2020-11-10", "1992-03-02 →" while ongoing.</summary>
    public static string Date(DateRange? range) => range switch
    {
        null => "undated",
        { IsSingleDate: true } single => single.Start.ToString(),
        { End: { } end } closed => $"{closed.Start} → {end}",
        { } open => $"{open.Start} →",
    };

    /// <summary>An enum value as the YAML spells it (see <see cref="DatasetNames"/>); a flags value as its members joined by ", ", empty for none.</summary>
    public static string Name(Enum value) =>
        DatasetNames.IsFlags(value.GetType()) ? string.Join(", ", DatasetNames.FlagsOf(value)) : DatasetNames.Of(value);

    /// <summary>An actor's name, or the id itself when no actor has it.</summary>
    public static string Actor(string id) => RelationsData.Actors.TryGet(id, out var actor) ? actor.Name : id;

    /// <summary>Actors' names joined by ", ".</summary>
    public static string ActorNames(IEnumerable<string> ids) => string.Join(", ", ids.Select(Actor));

    /// <summary>A tone with its sign, coloured as Spectre markup: red for conflict, green for cooperation.</summary>
    public static string ToneMarkup(int tone) => tone switch
    {
        > 0 => $"[green]+{tone}[/]",
        < 0 => $"[red]{tone}[/]",
        _ => "[grey]0[/]",
    };
}
