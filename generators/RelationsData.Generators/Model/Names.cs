using System.Linq;

namespace RelationsData.Generators.Model;

/// <summary>How the generator turns C# names into YAML keys and messages, and ids into member names: written once.</summary>
internal static class Names
{
    /// <summary>The base type of the facts, whose tables the date, dimension and actor queries index.</summary>
    public const string Fact = "global::RelationsData.Fact";

    /// <summary>A type's name without its namespace or <c>global::</c>: "global::RelationsData.Treaty" becomes "Treaty".</summary>
    public static string Short(string typeName)
    {
        var name = typeName.Substring(typeName.LastIndexOf('.') + 1);
        return name.StartsWith("global::", System.StringComparison.Ordinal) ? name.Substring("global::".Length) : name;
    }

    /// <summary>A property or enum member as YAML writes it: "InForce" becomes "inForce".</summary>
    public static string CamelCase(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name.Substring(1);

    /// <summary>Turns a kebab-case id into a PascalCase member name: "friendship-treaty-1997" becomes "FriendshipTreaty1997".</summary>
    public static string Member(string id) =>
        string.Concat(id.Split('-').Select(part => part.Length == 0 ? part : char.ToUpperInvariant(part[0]) + part.Substring(1)));
}
