using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;

namespace RelationsData.Cli;

/// <summary>The data properties of a record type, those it is created with, base type first and then in declaration order.</summary>
/// <remarks>Read from the type, so a field added to the schema shows in <c>show</c> and the SQLite export without a change here.</remarks>
internal static class RecordFields
{
    public static IEnumerable<PropertyInfo> Of(Type type) => type
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.SetMethod is { IsPublic: true })
        .OrderBy(p => Depth(p.DeclaringType))
        .ThenBy(p => p.MetadataToken);

    /// <summary>The type a property's ids refer to: a record type, <see cref="IRecord"/> for any record, or null when it holds no ids.</summary>
    public static Type? ReferenceTarget(PropertyInfo property) =>
        property.GetCustomAttribute<ReferencesAttribute>() is { } references ? references.Target ?? typeof(IRecord) : null;

    private static int Depth(Type? type)
    {
        var depth = 0;
        for (; type is not null; type = type.BaseType)
        {
            depth++;
        }

        return depth;
    }
}
