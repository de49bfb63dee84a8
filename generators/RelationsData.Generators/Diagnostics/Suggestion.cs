using System;
using System.Collections.Generic;
using System.Linq;

namespace RelationsData.Generators.Diagnostics;

/// <summary>The "did you mean" part of a message, with one rule for tables, fields, enum values and ids.</summary>
internal static class Suggestion
{
    /// <summary>
    /// Words that YAML 1.1 read as booleans. YAML 1.2, which the dataset follows, reads them as text, so an edit-distance
    /// guess ('on' → 'none') would mislead; the message says what happened instead.
    /// </summary>
    private static readonly string[] Yaml11Booleans = { "y", "yes", "n", "no", "on", "off" };

    /// <summary>
    /// " (did you mean 'x'?)" for the candidate closest to <paramref name="text"/>, ignoring case, when at most a third of
    /// its characters (and at least two) differ; a note on YAML 1.1 booleans for those words; otherwise "".
    /// </summary>
    public static string DidYouMean(string text, IEnumerable<string> candidates)
    {
        var list = candidates.ToList();
        if (Yaml11Booleans.Contains(text.ToLowerInvariant()) && !list.Contains(text, StringComparer.OrdinalIgnoreCase))
        {
            return " ('" + text + "' is a boolean only in YAML 1.1; YAML 1.2 reads it as text)";
        }

        var lower = text.ToLowerInvariant();
        var best = list
            .Select(c => (Candidate: c, Distance: EditDistance.Between(lower, c.ToLowerInvariant())))
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.Candidate, StringComparer.Ordinal)
            .FirstOrDefault();
        return best.Candidate is not null && best.Distance <= Math.Max(2, text.Length / 3) ? " (did you mean '" + best.Candidate + "'?)" : string.Empty;
    }

    /// <summary>Whether <paramref name="text"/> is a word YAML 1.1 read as a boolean and YAML 1.2 reads as text.</summary>
    public static bool IsYaml11Boolean(string text) => Yaml11Booleans.Contains(text.ToLowerInvariant());
}
