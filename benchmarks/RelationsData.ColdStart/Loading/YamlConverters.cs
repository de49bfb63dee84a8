using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;

namespace RelationsData.ColdStart.Loading;

/// <summary>Reads <see cref="PartialDate"/> and <see cref="DateRange"/>, and their nullable forms, from their EDTF text.</summary>
internal sealed class EdtfYamlConverter : IYamlTypeConverter
{
    public bool Accepts(Type type) => Underlying(type) == typeof(PartialDate) || Underlying(type) == typeof(DateRange);

    public object? ReadYaml(IParser parser, Type type, ObjectDeserializer rootDeserializer)
    {
        var text = parser.Consume<Scalar>().Value;
        return Underlying(type) == typeof(PartialDate) ? PartialDate.Parse(text) : DateRange.Parse(text);
    }

    public void WriteYaml(IEmitter emitter, object? value, Type type, ObjectSerializer serializer) =>
        throw new NotSupportedException("The benchmarks only read YAML.");

    private static Type Underlying(Type type) => Nullable.GetUnderlyingType(type) ?? type;
}

/// <summary>Reads a [Flags] enum from a list of member names, such as <c>[political, security]</c>.</summary>
internal sealed class FlagsNodeDeserializer : INodeDeserializer
{
    public bool Deserialize(IParser reader, Type expectedType, Func<IParser, Type, object?> nestedObjectDeserializer, out object? value, ObjectDeserializer rootDeserializer)
    {
        var type = Nullable.GetUnderlyingType(expectedType) ?? expectedType;
        if (!type.IsEnum || !type.IsDefined(typeof(FlagsAttribute), false) || !reader.Accept<SequenceStart>(out _))
        {
            value = null;
            return false;
        }

        reader.Consume<SequenceStart>();
        var flags = 0L;
        while (!reader.TryConsume<SequenceEnd>(out _))
        {
            flags |= Convert.ToInt64(Enum.Parse(type, reader.Consume<Scalar>().Value, ignoreCase: true), System.Globalization.CultureInfo.InvariantCulture);
        }

        value = Enum.ToObject(type, flags);
        return true;
    }
}

/// <summary>
/// Reads an <see cref="ImmutableArray{T}"/> from a YAML sequence, each item through YamlDotNet. The reader for each element
/// type the tables use is instantiated here at compile time, not through <c>MakeGenericMethod</c>, and builds the array
/// itself rather than asking YamlDotNet to create a <c>List&lt;T&gt;</c> by reflection, so the loader also runs under
/// Native AOT; an element type missing from the list fails loudly.
/// </summary>
internal sealed class ImmutableArrayNodeDeserializer : INodeDeserializer
{
    private static readonly Dictionary<Type, Func<IParser, Func<IParser, Type, object?>, object>> Readers = new(
    [
        Reader<string>(), Reader<Citation>(), Reader<Discrepancy>(), Reader<Claim>(),
        Reader<Source>(), Reader<Actor>(), Reader<Treaty>(), Reader<Membership>(), Reader<Event>(), Reader<Era>(), Reader<Corridor>(), Reader<Scenario>(), Reader<Statistic>(),
    ]);

    public bool Deserialize(IParser reader, Type expectedType, Func<IParser, Type, object?> nestedObjectDeserializer, out object? value, ObjectDeserializer rootDeserializer)
    {
        if (!expectedType.IsGenericType || expectedType.GetGenericTypeDefinition() != typeof(ImmutableArray<>))
        {
            value = null;
            return false;
        }

        var read = Readers.GetValueOrDefault(expectedType) ?? throw new NotSupportedException($"The YAML loader has no reader for {expectedType}.");
        value = read(reader, nestedObjectDeserializer);
        return true;
    }

    // A key with no value (null) reads as an empty list, as the generator reads it.
    private static KeyValuePair<Type, Func<IParser, Func<IParser, Type, object?>, object>> Reader<T>() => new(
        typeof(ImmutableArray<T>),
        (reader, nestedObjectDeserializer) =>
        {
            if (reader.TryConsume<Scalar>(out var scalar))
            {
                return scalar.Value is "" or "~" or "null" && scalar.Style is ScalarStyle.Plain
                    ? ImmutableArray<T>.Empty
                    : throw new YamlException(scalar.Start, scalar.End, $"Expected a list, found '{scalar.Value}'.");
            }

            reader.Consume<SequenceStart>();
            var items = ImmutableArray.CreateBuilder<T>();
            while (!reader.TryConsume<SequenceEnd>(out _))
            {
                items.Add((T)nestedObjectDeserializer(reader, typeof(T))!);
            }

            return items.ToImmutable();
        });
}
