using System;
using System.IO;

namespace RelationsData.Testing;

/// <summary>Finds the repository from a test's output folder, for tests that read docs/, data/ or build samples.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "RelationsData.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new DirectoryNotFoundException("RelationsData.sln not found above the test output.");
    }
}
