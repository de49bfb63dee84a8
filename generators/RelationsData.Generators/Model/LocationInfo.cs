using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace RelationsData.Generators.Model;

/// <summary>
/// Where something is, as plain equatable data. Pipeline models keep this rather than a <see cref="Location"/>,
/// which would defeat caching; the <see cref="Location"/> is made only when a diagnostic is reported.
/// </summary>
internal sealed record LocationInfo(string FilePath, TextSpan Span, LinePositionSpan LineSpan)
{
    /// <summary>Gets the 1-based line, as editors and build output show it.</summary>
    public int Line => LineSpan.Start.Line + 1;

    public Location ToLocation() => Location.Create(FilePath, Span, LineSpan);

    public static LocationInfo? From(Location location)
    {
        if (location.SourceTree is null)
        {
            return null;
        }

        return new LocationInfo(location.SourceTree.FilePath, location.SourceSpan, location.GetLineSpan().Span);
    }
}
