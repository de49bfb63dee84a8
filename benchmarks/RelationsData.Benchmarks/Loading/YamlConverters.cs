using System;
using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;

namespace RelationsData.Benchmarks.Loading;

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

/// <summary>Reads an <see cref="ImmutableArray{T}"/> as a list, then copies it.</summary>
internal sealed class ImmutableArrayNodeDeserializer : INodeDeserializer
{
    private static readonly ConcurrentDictionary<Type, Func<IList?, object>> Factories = new();

    public bool Deserialize(IParser reader, Type expectedType, Func<IParser, Type, object?> nestedObjectDeserializer, out object? value, ObjectDeserializer rootDeserializer)
    {
        if (!expectedType.IsGenericType || expectedType.GetGenericTypeDefinition() != typeof(ImmutableArray<>))
        {
            value = null;
            return false;
        }

        var element = expectedType.GetGenericArguments()[0];
        var list = (IList?)nestedObjectDeserializer(reader, typeof(List<>).MakeGenericType(element));
        value = Factories.GetOrAdd(element, Factory)(list);
        return true;
    }

    private static Func<IList?, object> Factory(Type element)
    {
        var create = typeof(ImmutableArrayNodeDeserializer).GetMethod(nameof(Create), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!.MakeGenericMethod(element);
        return list => create.Invoke(null, [list])!;
    }

    // A key with no value (null) reads as an empty list, as the generator reads it.
    private static ImmutableArray<T> Create<T>(IList? list) => list is null ? ImmutableArray<T>.Empty : ImmutableArray.CreateRange((List<T>)list);
}
