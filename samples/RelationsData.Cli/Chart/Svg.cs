using System.Xml.Linq;

namespace RelationsData.Cli.Chart;

/// <summary>Builds SVG elements; numbers go through <see cref="ChartScale.N"/> so output is the same on every machine.</summary>
internal static class Svg
{
    public static readonly XNamespace Ns = "http://www.w3.org/2000/svg";

    public static XElement E(string name, params object?[] content) => new(Ns + name, content);

    public static XAttribute A(string name, double value) => new(name, ChartScale.N(value));

    public static XAttribute A(string name, string value) => new(name, value);

    public static XElement Text(double x, double y, string text, params object?[] attributes) =>
        E("text", A("x", x), A("y", y), attributes, text);

    public static XElement Line(double x1, double y1, double x2, double y2, string stroke, params object?[] attributes) =>
        E("line", A("x1", x1), A("y1", y1), A("x2", x2), A("y2", y2), A("stroke", stroke), attributes);

    public static XElement Rect(double x, double y, double width, double height, string fill, params object?[] attributes) =>
        E("rect", A("x", x), A("y", y), A("width", width), A("height", height), A("fill", fill), attributes);

    /// <summary>A tooltip, which browsers show on hover and which keeps each mark's full title and date in the file.</summary>
    public static XElement Title(string text) => E("title", text);
}
