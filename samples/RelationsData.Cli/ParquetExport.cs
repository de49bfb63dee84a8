using System.IO;
using System.Linq;
using Parquet.Schema;
using Parquet.Serialization;

namespace RelationsData.Cli;

/// <summary>relations export --format parquet: one Parquet file per kind, <c>{kind}.parquet</c>, with the columns <see cref="ParquetColumns"/> describes.</summary>
internal static class ParquetExport
{
    /// <summary>Writes a file per kind into <paramref name="directory"/>, creating it if need be and replacing files of the same names.</summary>
    public static void Write(string directory)
    {
        Directory.CreateDirectory(directory);
        foreach (var (name, type) in DatasetTables.Kinds)
        {
            var columns = ParquetColumns.Of(type);
            var rows = DatasetTables.RecordsOf(type).Select(record => ParquetColumns.Row(columns, record)).ToList();
            using var file = File.Create(Path.Combine(directory, name + ".parquet"));
            ParquetSerializer.SerializeUntypedAsync(rows, new ParquetSchema([.. columns.Select(c => c.Field)]), file).GetAwaiter().GetResult();
        }
    }
}
