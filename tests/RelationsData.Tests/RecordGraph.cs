using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;

namespace RelationsData.Tests;

/// <summary>Walks a record and the dataset's own objects nested in it (citations, discrepancies, claims), by reflection.</summary>
internal static class RecordGraph
{
    /// <summary>Returns the record and every object of the library's own classes reachable through its properties, lists included.</summary>
    public static IEnumerable<object> Nodes(object root) =>
        new[] { root }.Concat(Properties(root.GetType()).SelectMany(p => Children(p.GetValue(root))).SelectMany(Nodes));

    /// <summary>Returns every public instance property that is not an indexer.</summary>
    public static IEnumerable<PropertyInfo> Properties(System.Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0);

    private static IEnumerable<object> Children(object? value) => value switch
    {
        string => [],
        IEnumerable items => items.Cast<object?>().Where(IsOwnClass).Select(item => item!),
        _ => IsOwnClass(value) ? [value!] : [],
    };

    private static bool IsOwnClass(object? value) => value is not null && value.GetType().IsClass && value.GetType().Assembly == typeof(IRecord).Assembly;
}
