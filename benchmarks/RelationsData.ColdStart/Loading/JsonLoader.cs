using System.IO;
using System.Text.Json;

namespace RelationsData.ColdStart.Loading;

/// <summary>Loads the dataset from JSON at run time with System.Text.Json's source-generated metadata, into the library's record types.</summary>
public static class JsonLoader
{
    public static Tables Load(string path) =>
        JsonSerializer.Deserialize(File.ReadAllBytes(path), DatasetJsonContext.Default.Tables)
        ?? throw new InvalidDataException(path + " holds null.");

    /// <summary>Writes the tables as JSON: camelCase names, enums as camelCase names, dates as EDTF text.</summary>
    public static void Save(Tables tables, string path) =>
        File.WriteAllBytes(path, JsonSerializer.SerializeToUtf8Bytes(tables, DatasetJsonContext.Default.Tables));
}
