using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace RelationsData;

/// <summary>Queries facts by the dimensions of the relationship they bear on: political, economic, security.</summary>
/// <example>
/// <code>
/// var security = Events.All.InDimensions(Dimensions.Security);                                  // any
/// var both = Events.All.InDimensions(Dimensions.Economic | Dimensions.Security, DimensionMatch.All);
/// </code>
/// </example>
public static class DimensionQueries
{
    /// <summary>Returns the facts whose dimensions match, using the array's index: <c>facts.Where(f => Matches(f.Dimensions, dimensions, match))</c>.</summary>
    /// <typeparam name="T">The kind of fact.</typeparam>
    /// <param name="facts">The facts, such as <c>Events.All</c>.</param>
    /// <param name="dimensions">The dimensions asked for.</param>
    /// <param name="match">Whether any, all or exactly these dimensions must be present.</param>
    /// <returns>The matching facts, in the array's order.</returns>
    public static IEnumerable<T> InDimensions<T>(this ImmutableArray<T> facts, Dimensions dimensions, DimensionMatch match = DimensionMatch.Any)
        where T : Fact
    {
        var matches = Matcher(dimensions, match);
        return FactIndex<T>.WithDimensions(new IndexedFacts<T>(facts), matches);
    }

    /// <summary>Returns the facts whose dimensions match: <c>facts.Where(f => Matches(f.Dimensions, dimensions, match))</c>.</summary>
    /// <typeparam name="T">The kind of fact.</typeparam>
    /// <param name="facts">The facts.</param>
    /// <param name="dimensions">The dimensions asked for.</param>
    /// <param name="match">Whether any, all or exactly these dimensions must be present.</param>
    /// <returns>The matching facts, in the source's order.</returns>
    public static IEnumerable<T> InDimensions<T>(this IEnumerable<T> facts, Dimensions dimensions, DimensionMatch match = DimensionMatch.Any)
        where T : Fact
    {
        var matches = Matcher(dimensions, match);
        return IndexedFacts<T>.TryFrom(facts, out var indexed) ? FactIndex<T>.WithDimensions(indexed, matches) : facts.Where(f => matches(f.Dimensions));
    }

    /// <summary>Tells whether a fact's dimensions match the ones asked for.</summary>
    /// <param name="actual">The fact's dimensions.</param>
    /// <param name="asked">The dimensions asked for.</param>
    /// <param name="match">Whether any, all or exactly the asked dimensions must be present.</param>
    /// <returns>True when they match. With <see cref="DimensionMatch.Any"/>, asking for <see cref="Dimensions.None"/> matches nothing.</returns>
    public static bool Matches(Dimensions actual, Dimensions asked, DimensionMatch match) => match switch
    {
        DimensionMatch.Any => (actual & asked) != 0,
        DimensionMatch.All => (actual & asked) == asked,
        DimensionMatch.Exactly => actual == asked,
        _ => throw new ArgumentOutOfRangeException(nameof(match), match, "Use Any, All or Exactly."),
    };

    private static Func<Dimensions, bool> Matcher(Dimensions asked, DimensionMatch match) =>
        Enum.IsDefined(match)
            ? actual => Matches(actual, asked, match)
            : throw new ArgumentOutOfRangeException(nameof(match), match, "Use Any, All or Exactly.");
}
