using System.Collections.Generic;
using System.IO;
using Microsoft.CodeAnalysis;
using RelationsData.Generators.Model;

namespace RelationsData.Generators.Diagnostics;

/// <summary>The problems one stage finds, as equatable <see cref="DiagnosticInfo"/>s: the one way every stage reports.</summary>
internal sealed class DiagnosticBag
{
    private readonly List<DiagnosticInfo> items = new();

    /// <summary>Gets how many problems have been reported, so a caller can tell whether a step added any.</summary>
    public int Count => items.Count;

    public void AddRange(IEnumerable<DiagnosticInfo> diagnostics) => items.AddRange(diagnostics);

    /// <summary>Reports a problem in a data file; the file's name comes first in the message, as in every data message.</summary>
    public void Report(DiagnosticDescriptor descriptor, LocationInfo location, params string[] arguments)
    {
        var withFile = new string[arguments.Length + 1];
        withFile[0] = Path.GetFileName(location.FilePath);
        arguments.CopyTo(withFile, 1);
        items.Add(DiagnosticInfo.Create(descriptor.Id, location, withFile));
    }

    /// <summary>Reports a problem whose message names no file, such as one in the C# schema.</summary>
    public void ReportAt(DiagnosticDescriptor descriptor, LocationInfo? location, params string[] arguments) =>
        items.Add(DiagnosticInfo.Create(descriptor.Id, location, arguments));

    public EquatableArray<DiagnosticInfo> ToEquatableArray() => items.ToEquatableArray();
}
