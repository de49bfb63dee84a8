using System;
using System.IO;
using System.Reflection;
using System.Runtime.Loader;

namespace RelationsData.GeneratorSteps;

/// <summary>
/// Loads Roslyn from the directory of the csc the command line names, so the step times are those of the compiler the
/// build runs (the SDK's, precompiled), not of the package this project compiles against.
/// </summary>
internal static class CompilerAssemblies
{
    /// <summary>Resolves Roslyn's assemblies from beside csc; false when the command line does not start with csc's path.</summary>
    /// <param name="commandLine">The csc command line, its first word the path of csc.</param>
    /// <returns>Whether the directory of csc was found.</returns>
    public static bool TryUse(string commandLine)
    {
        var compiler = commandLine.Split(' ', 2)[0].Trim('"');
        var directory = Path.GetDirectoryName(compiler);
        if (directory is null || !File.Exists(Path.Combine(directory, "Microsoft.CodeAnalysis.dll")))
        {
            return false;
        }

        AssemblyLoadContext.Default.Resolving += (context, name) =>
        {
            var path = Path.Combine(directory, name.Name + ".dll");
            return File.Exists(path) ? context.LoadFromAssemblyPath(path) : null;
        };
        return true;
    }

    /// <summary>The version of the Roslyn loaded, to print beside the times.</summary>
    /// <param name="type">A type of Roslyn's.</param>
    /// <returns>The assembly's file path and informational version.</returns>
    public static string Describe(Type type) =>
        type.Assembly.Location + " " + type.Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
}
