using System;
using System.CommandLine;
using System.IO;
using Microsoft.Data.Sqlite;

namespace RelationsData.Cli;

/// <summary>Writes the file a verb was asked for; a path that cannot be written is a message and exit code 1, not a stack trace.</summary>
internal static class OutputFile
{
    public static int Write(ParseResult result, FileInfo file, Action<string> write)
    {
        try
        {
            write(file.FullName);
            return 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or SqliteException)
        {
            result.InvocationConfiguration.Error.WriteLine($"Cannot write {file.FullName}: {e.Message}");
            return 1;
        }
    }
}
