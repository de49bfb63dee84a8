using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using NodaTime;
using Parquet.Schema;

namespace RelationsData.Cli;

/// <summary>A column of the Parquet export: its field in the file's schema and how to read its value from a record.</summary>
internal sealed record ParquetColumn(Field Field, Func<object, object?> Read);

/// <summary>
/// The typed columns of a record type, read from its properties as the SQLite export reads them: text and numbers as
/// they are; enums in their YAML spelling; flags such as dimensions as lists of strings; each date as its EDTF text
/// with <c>_first_day</c> and <c>_last_day</c> date columns; lists as repeated fields, nested records as lists of structs.
/// </summary>
internal static class ParquetColumns
{
    private const string Element = "element";
    private static readonly NullabilityInfoContext Nullability = new();

    public static ImmutableArray<ParquetColumn> Of(Type type)
    {
        var columns = RecordFields.Of(type).SelectMany(Columns).ToList();
        if (type.IsAssignableTo(typeof(Fact)))
        {
            // The days a fact covers whatever its date property is called, so one query can ask what held on a day.
            columns.Add(Date("first_day", nullable: true, record => ((Fact)record).Extent?.FirstDay));
            columns.Add(Date("last_day", nullable: true, record => ((Fact)record).Extent?.LastDay));
        }

        return [.. columns];
    }

    /// <summary>One record as a row: each column's name with its value, null where an optional field has none.</summary>
    public static IDictionary<string, object?> Row(ImmutableArray<ParquetColumn> columns, object record) =>
        columns.ToDictionary(column => column.Field.Name, column => column.Read(record));

    private static IEnumerable<ParquetColumn> Columns(PropertyInfo property)
    {
        var name = JsonNamingPolicy.SnakeCaseLower.ConvertName(property.Name);
        var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        var nullable = type != property.PropertyType || Nullability.Create(property).ReadState == NullabilityState.Nullable;
        object? Get(object record) => property.GetValue(record);

        if (type == typeof(PartialDate))
        {
            return
            [
                Scalar(name, typeof(string), nullable, record => Get(record)?.ToString()),
                Date(name + "_first_day", nullable, record => ((PartialDate?)Get(record))?.Start),
                Date(name + "_last_day", nullable, record => ((PartialDate?)Get(record))?.End),
            ];
        }

        if (type == typeof(DateRange))
        {
            return
            [
                Scalar(name, typeof(string), nullable, record => Get(record)?.ToString()),
                Date(name + "_first_day", nullable, record => ((DateRange?)Get(record))?.FirstDay),
                Date(name + "_last_day", nullable: true, record => ((DateRange?)Get(record))?.LastDay),
            ];
        }

        if (type.IsEnum && DatasetNames.IsFlags(type))
        {
            return [new(new ListField(name, new DataField<string>(Element)), record => Strings(DatasetNames.FlagsOf((Enum)Get(record)!)))];
        }

        if (type.IsEnum)
        {
            return [Scalar(name, typeof(string), nullable, record => Get(record) is Enum member ? DatasetNames.Of(member) : null)];
        }

        if (type == typeof(string) || type == typeof(int) || type == typeof(decimal))
        {
            return [Scalar(name, type, nullable, Get)];
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ImmutableArray<>))
        {
            return [List(name, type.GetGenericArguments()[0], Get)];
        }

        throw new NotSupportedException($"{property.DeclaringType?.Name}.{property.Name} is a {type.Name}, which the Parquet export has no column for.");
    }

    /// <summary>A list of words or ids as a repeated string; a list of nested records as a repeated struct of their columns.</summary>
    private static ParquetColumn List(string name, Type element, Func<object, object?> get)
    {
        if (element == typeof(string))
        {
            return new(new ListField(name, new DataField<string>(Element)), record => Strings(((IEnumerable)get(record)!).Cast<string>()));
        }

        var nested = Of(element);
        return new(
            new ListField(name, new StructField(Element, [.. nested.Select(c => c.Field)])),
            record => ((IEnumerable)get(record)!).Cast<object>().Select(item => Row(nested, item)).ToList());
    }

    /// <summary>
    /// A repeated string as Parquet.Net's untyped writer takes it: it stores text as character memory and, for items in a
    /// list, does not convert strings itself.
    /// </summary>
    private static List<ReadOnlyMemory<char>?> Strings(IEnumerable<string> items) => [.. items.Select(item => (ReadOnlyMemory<char>?)item.AsMemory())];

    private static ParquetColumn Scalar(string name, Type type, bool nullable, Func<object, object?> read) =>
        new(new DataField(name, type, nullable), read);

    private static ParquetColumn Date(string name, bool nullable, Func<object, LocalDate?> read) =>
        new(new DataField(name, typeof(DateOnly), nullable), record => read(record)?.ToDateOnly());
}
