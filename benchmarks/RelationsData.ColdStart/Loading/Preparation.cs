using System.IO;

namespace RelationsData.ColdStart.Loading;

/// <summary>Writes the JSON loader's input and checks that every loader reads the same records, before anything is timed.</summary>
public static class Preparation
{
    /// <summary>
    /// Writes <c>dataset.json</c> from the generated tables into <paramref name="directory"/>, which holds the YAML, and
    /// throws unless the YAML and the JSON loaders read exactly the generated records. Returns how many records that is.
    /// </summary>
    public static int Run(string directory)
    {
        var generated = Tables.Generated();
        var json = Path.Combine(directory, "dataset.json");
        JsonLoader.Save(generated, json);
        Equivalence.Check(generated, YamlLoader.Load(directory), "The YAML loader");
        Equivalence.Check(generated, JsonLoader.Load(json), "The JSON loader");
        return generated.RecordCount;
    }
}
