using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Linq;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace RelationsData.ColdStart.Loading;

/// <summary>
/// Loads the dataset's YAML at run time with YamlDotNet's deserializer, into the library's record types. It checks only
/// what YamlDotNet checks (types, unknown keys); the generator also checks references, ids and ranges at build time.
/// </summary>
public static class YamlLoader
{
    // YamlDotNet's reflection deserializer under Native AOT: it reflects over Tables, whose properties are kept here,
    // and over the library's record types, which the project roots. The only generic types it would otherwise make at
    // run time are the ImmutableArray<T> properties, which ImmutableArrayNodeDeserializer builds from readers
    // instantiated at compile time. cold-start.sh checks that the AOT build reads exactly the generated records.
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicProperties | DynamicallyAccessedMemberTypes.PublicParameterlessConstructor, typeof(Tables))]
    [UnconditionalSuppressMessage("AOT", "IL3050:RequiresDynamicCode", Justification = "The types it needs are kept and instantiated at compile time; checked by cold-start.sh.")]
    public static Tables Load(string directory)
    {
        var deserializer = new DeserializerBuilder()
            .WithNamingConvention(CamelCaseNamingConvention.Instance)
            .WithTypeConverter(new EdtfYamlConverter())
            .WithNodeDeserializer(new FlagsNodeDeserializer(), where => where.OnTop())
            .WithNodeDeserializer(new ImmutableArrayNodeDeserializer(), where => where.OnTop())
            .Build();

        var files = Directory.GetFiles(directory, "*.yaml").Order(StringComparer.Ordinal)
            .Select(path => deserializer.Deserialize<Tables>(File.ReadAllText(path)))
            .ToList();

        // Facts in chronological order, as the generated All has them; sources and actors by id.
        return new Tables
        {
            Sources = [.. files.SelectMany(f => f.Sources).OrderBy(s => s.Id, StringComparer.Ordinal)],
            Actors = [.. files.SelectMany(f => f.Actors).OrderBy(a => a.Id, StringComparer.Ordinal)],
            Treaties = Chronological(files.SelectMany(f => f.Treaties)),
            Memberships = Chronological(files.SelectMany(f => f.Memberships)),
            Events = Chronological(files.SelectMany(f => f.Events)),
            Eras = Chronological(files.SelectMany(f => f.Eras)),
            Corridors = Chronological(files.SelectMany(f => f.Corridors)),
            Scenarios = Chronological(files.SelectMany(f => f.Scenarios)),
            Statistics = Chronological(files.SelectMany(f => f.Statistics)),
        };
    }

    private static ImmutableArray<T> Chronological<T>(IEnumerable<T> facts)
        where T : Fact => [.. facts.InChronologicalOrder()];
}
