using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Linq;
using NodaTime;
using NodaTime.Text;

namespace RelationsData.Cli;

/// <summary>Options and arguments several verbs share, each parsed with a message that says what was wrong.</summary>
internal static class Inputs
{
    /// <summary>A partial date such as 1997, 2024-04 or 2020-11-09, which stands for every day it could mean.</summary>
    public static Option<PartialDate?> PartialDateOption(string name, string description) => new(name)
    {
        Description = description,
        HelpName = "DATE",
        CustomParser = result =>
        {
            var text = result.Tokens[0].Value;
            try
            {
                return PartialDate.Parse(text);
            }
            catch (FormatException e)
            {
                // The library's message already names the text and the forms a date takes.
                result.AddError($"{name}: {e.Message}.");
                return null;
            }
        },
    };

    /// <summary>A year from 1 to 9999, such as 2020.</summary>
    public static Option<int> YearOption(string name, string description, int defaultYear) => new(name)
    {
        Description = description,
        HelpName = "YEAR",
        DefaultValueFactory = _ => defaultYear,
        CustomParser = result =>
        {
            var text = result.Tokens[0].Value;
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1 and <= 9999)
            {
                return year;
            }

            result.AddError($"{name}: '{text}' is not a year: give a year such as 2020.");
            return default;
        },
    };

    /// <summary>--wide: full text on one line per row, however wide the terminal.</summary>
    public static Option<bool> WideOption() => new("--wide", "-w") { Description = "Print full titles on one line each instead of fitting the terminal's width." };

    /// <summary>One day, written YYYY-MM-DD.</summary>
    public static Argument<LocalDate> DayArgument(string name, string description) => new(name)
    {
        Description = description,
        CustomParser = result =>
        {
            var text = result.Tokens[0].Value;
            var parsed = LocalDatePattern.Iso.Parse(text);
            if (!parsed.Success)
            {
                result.AddError($"'{text}' is not a day: give it as YYYY-MM-DD, such as 1998-06-01.");
            }

            return parsed.Success ? parsed.Value : default;
        },
    };

    /// <summary>One of the three dimensions, by its lower-case name.</summary>
    public static Option<Dimensions?> DimensionOption() => new("--dimension", "-d")
    {
        Description = "Only facts that bear on this dimension: political, economic or security.",
        HelpName = "political|economic|security",
        CustomParser = result =>
        {
            var text = result.Tokens[0].Value;
            var match = Describe.DimensionNames.Where(d => d.Name.Equals(text, StringComparison.OrdinalIgnoreCase)).Select(d => (Dimensions?)d.Value).FirstOrDefault();
            if (match is null)
            {
                result.AddError($"'{text}' is not a dimension: use political, economic or security.");
            }

            return match;
        },
    };

    /// <summary>An actor's id, checked against the dataset; ids are lower case, so any case matches.</summary>
    public static Option<string?> ActorOption(string description) => new("--actor", "-a")
    {
        Description = description,
        HelpName = "ID",
        CustomParser = result => RecordId(result, "actor", Actors.All),
    };

    /// <summary>
    /// The id of one of the records, matched without regard to case since ids are lower case; an id no record has is an
    /// error that names the ids nearest to it.
    /// </summary>
    public static string? RecordId<T>(ArgumentResult result, string kind, IEnumerable<T> records)
        where T : IRecord
    {
        var text = result.Tokens[0].Value;
        var id = text.ToLowerInvariant();
        if (records.Any(r => r.Id == id))
        {
            return id;
        }

        result.AddError(Unknown(kind, text, records.Select(r => r.Id)));
        return null;
    }

    /// <summary>Says that no record of a kind has an id, and names the ids that share a word with it.</summary>
    public static string Unknown(string kind, string id, IEnumerable<string> ids)
    {
        var words = id.Split('-', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length >= 3).ToArray();
        var near = ids
            .Select(candidate => (Id: candidate, Shared: words.Count(w => candidate.Contains(w, StringComparison.OrdinalIgnoreCase))))
            .Where(c => c.Shared > 0)
            .OrderByDescending(c => c.Shared)
            // Among ids sharing as many words, the one that starts as the given id does is likeliest meant.
            .ThenByDescending(c => CommonPrefixLength(c.Id, id))
            .ThenBy(c => c.Id, StringComparer.Ordinal)
            .Take(5)
            .Select(c => c.Id)
            .ToList();
        var hint = near.Count > 0 ? $" Did you mean: {string.Join(", ", near)}?" : string.Empty;
        return $"No {kind} has the id '{id}'.{hint}";
    }

    private static int CommonPrefixLength(string candidate, string id) =>
        candidate.TakeWhile((c, i) => i < id.Length && char.ToLowerInvariant(id[i]) == c).Count();
}
