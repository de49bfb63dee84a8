using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace RelationsData.Generators.Diagnostics;

/// <summary>
/// Every diagnostic the generator reports. Keep in sync with docs/diagnostics.md (a test checks that every id is listed).
/// Messages name the file and the field, and say what form was expected.
/// </summary>
internal static class DiagnosticDescriptors
{
    private const string Category = "RelationsData";

    public static readonly DiagnosticDescriptor YamlSyntax = Error("RD0001", "YAML syntax error", "{0}: YAML syntax error: {1}");

    public static readonly DiagnosticDescriptor UnknownTable = Error("RD0002", "Unknown table", "{0}: '{1}' is not a table{2}; expected one of: {3}");

    public static readonly DiagnosticDescriptor UnknownField = Error("RD0003", "Unknown field", "{0}: {1} has no field '{2}'{3}; its fields are: {4}");

    public static readonly DiagnosticDescriptor MissingField = Error("RD0004", "Missing required field", "{0}: {1} is missing the required field '{2}', which expects {3}");

    public static readonly DiagnosticDescriptor WrongType = Error("RD0005", "Value of the wrong type", "{0}: field '{1}' of {2} expects {3}; found {4}");

    public static readonly DiagnosticDescriptor InvalidDate = Error("RD0006", "Invalid date", "{0}: field '{1}' of {2} is not a valid date: {3}");

    public static readonly DiagnosticDescriptor EndBeforeStart = Error("RD0007", "End before start", "{0}: field '{1}' of {2} ends before it starts: '{3}'");

    public static readonly DiagnosticDescriptor UnknownEnumValue = Error("RD0008", "Unknown enum value", "{0}: field '{1}' of {2} has '{3}', which is not a {4}{5}; allowed values: {6}");

    public static readonly DiagnosticDescriptor DuplicateId = Error("RD0009", "Duplicate id", "{0}: id '{1}' is already used in {2} at line {3}; ids must be unique across all files");

    public static readonly DiagnosticDescriptor UnknownReference = Error("RD0010", "Reference to an unknown id", "{0}: field '{1}' of {2} refers to '{3}', but no {4} has that id{5}");

    public static readonly DiagnosticDescriptor TooFewItems = Error("RD0011", "Too few items", "{0}: field '{1}' of {2} needs at least {3} item(s) but has {4}");

    public static readonly DiagnosticDescriptor InvalidId = Error("RD0012", "Invalid id", "{0}: id '{1}' is not valid; expected lower-case letters and digits in words joined by hyphens, starting with a letter, such as 'friendship-treaty-1997'");

    public static readonly DiagnosticDescriptor OutOfRange = Error("RD0013", "Value out of range", "{0}: field '{1}' of {2} is {3}, outside the allowed range {4} to {5}");

    public static readonly DiagnosticDescriptor DuplicateKey = Error("RD0014", "Duplicate key", "{0}: key '{1}' appears more than once in the same mapping");

    public static readonly DiagnosticDescriptor MemberNameCollision = Error("RD0015", "Member name collision", "{0}: id '{1}' becomes the member name '{2}', which {3}");

    public static readonly DiagnosticDescriptor DuplicateTableKey = Error("RD0016", "Duplicate table key", "Table key '{0}' is declared by both {1} and {2}");

    public static readonly DiagnosticDescriptor UnsupportedPropertyType = Error("RD0017", "Unsupported property type", "Property '{0}' has type '{1}', which the dataset generator cannot read from YAML; supported: string, bool, int, long, double, decimal, enums, PartialDate, DateRange, ImmutableArray<T> and records with init properties");

    public static readonly DiagnosticDescriptor InvalidTableDeclaration = Error("RD0018", "Invalid table declaration", "[DatasetTable(\"{0}\")] on '{1}': {2}");

    public static readonly DiagnosticDescriptor UnknownReferenceTarget = Error("RD0019", "Reference to a type no table holds", "[References(typeof({0}))] on '{1}': no [DatasetTable] holds records of that type");

    public static readonly DiagnosticDescriptor NoRecordMembers = Info("RD0020", "Too many records for a member each", "{0} holds {2} '{1}' records, more than the {3} that get a static member each; reach them through All, Get and TryGet");

    public static readonly DiagnosticDescriptor InternalError = Error("RD0099", "Internal generator error", "The dataset generator failed unexpectedly while {0}: {1}");

    private static readonly Dictionary<string, DiagnosticDescriptor> ById = typeof(DiagnosticDescriptors)
        .GetFields()
        .Select(field => field.GetValue(null))
        .OfType<DiagnosticDescriptor>()
        .ToDictionary(descriptor => descriptor.Id);

    public static IEnumerable<DiagnosticDescriptor> All => ById.Values;

    public static DiagnosticDescriptor Get(string id) => ById[id];

    private static DiagnosticDescriptor Error(string id, string title, string message) =>
        new(id, title, message, Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: "docs/diagnostics.md#" + id.ToLowerInvariant());

    private static DiagnosticDescriptor Info(string id, string title, string message) =>
        new(id, title, message, Category, DiagnosticSeverity.Info, isEnabledByDefault: true, helpLinkUri: "docs/diagnostics.md#" + id.ToLowerInvariant());
}
