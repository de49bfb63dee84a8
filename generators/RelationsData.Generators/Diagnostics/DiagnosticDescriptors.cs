using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace RelationsData.Generators.Diagnostics;

/// <summary>
/// Every diagnostic the generator reports. Keep in sync with docs/diagnostics.md (a test checks that every id is listed).
/// Messages name the file and the field, and say what form was expected; each description explains the rule, so an IDE
/// shows it beside the message.
/// </summary>
internal static class DiagnosticDescriptors
{
    private const string Category = "RelationsData";

    public static readonly DiagnosticDescriptor YamlSyntax = Error(
        "RD0001", "YAML syntax error", "{0}: YAML syntax error: {1}",
        "The file is not YAML the dataset can read: malformed syntax, collections nested more than 64 levels deep, or a YAML feature the dataset does not use (tags, anchors, aliases, merge keys, several documents, keys that are not plain names). A file that cannot be parsed yields no records.");

    public static readonly DiagnosticDescriptor UnknownTable = Error(
        "RD0002", "Unknown table", "{0}: '{1}' is not a table{2}; expected one of: {3}",
        "Each top-level key of a YAML file must be the key of a [DatasetTable] declaration.");

    public static readonly DiagnosticDescriptor UnknownField = Error(
        "RD0003", "Unknown field", "{0}: {1} has no field '{2}'{3}; its fields are: {4}",
        "Each key of a record must be one of its type's properties, named with the first letter lower-cased.");

    public static readonly DiagnosticDescriptor MissingField = Error(
        "RD0004", "Missing required field", "{0}: {1} is missing the required field '{2}', which expects {3}",
        "A property declared 'required' in C#, or a list with [MinCount], has no key in the record, or its value is null.");

    public static readonly DiagnosticDescriptor WrongType = Error(
        "RD0005", "Value of the wrong type", "{0}: field '{1}' of {2} expects {3}; found {4}",
        "A value has the wrong shape for its property: a scalar where a list belongs, text (quoted or not a number) where a number belongs, a list where a record belongs.");

    public static readonly DiagnosticDescriptor InvalidDate = Error(
        "RD0006", "Invalid date", "{0}: field '{1}' of {2} is not a valid date: {3}",
        "Dates are YYYY, YYYY-MM or YYYY-MM-DD, with '~' for approximate, and must exist; ranges are two dates joined by '/', with '..' for an open end.");

    public static readonly DiagnosticDescriptor EndBeforeStart = Error(
        "RD0007", "End before start", "{0}: field '{1}' of {2} ends before it starts: '{3}'",
        "A range's end may not mean only days before its start.");

    public static readonly DiagnosticDescriptor UnknownEnumValue = Error(
        "RD0008", "Unknown enum value", "{0}: field '{1}' of {2} has '{3}', which is not a {4}{5}; allowed values: {6}",
        "An enum value must be one of the enum's members, written in camelCase.");

    public static readonly DiagnosticDescriptor DuplicateId = Error(
        "RD0009", "Duplicate id", "{0}: id '{1}' is already used in {2} at line {3}; ids must be unique across all files",
        "Ids are unique across every table of every file; the later use is reported, files taken in ordinal path order.");

    public static readonly DiagnosticDescriptor UnknownReference = Error(
        "RD0010", "Reference to an unknown id", "{0}: field '{1}' of {2} refers to '{3}', but no {4} has that id{5}",
        "A [References] property names an id that does not exist, or that belongs to a record of another type.");

    public static readonly DiagnosticDescriptor TooFewItems = Error(
        "RD0011", "Too few items", "{0}: field '{1}' of {2} needs at least {3} item(s) but has {4}",
        "A list has fewer items than its [MinCount] asks for, such as a record without a citation.");

    public static readonly DiagnosticDescriptor InvalidId = Error(
        "RD0012", "Invalid id", "{0}: id '{1}' is not valid; expected lower-case letters and digits in words joined by hyphens, starting with a letter, such as 'friendship-treaty-1997'",
        "Ids are kebab-case: lower-case letters and digits in words joined by hyphens, starting with a letter.");

    public static readonly DiagnosticDescriptor OutOfRange = Error(
        "RD0013", "Value out of range", "{0}: field '{1}' of {2} is {3}, outside the allowed range {4} to {5}",
        "A number lies outside its property's [ValueRange], or outside what its C# type can hold.");

    public static readonly DiagnosticDescriptor DuplicateKey = Error(
        "RD0014", "Duplicate key", "{0}: key '{1}' appears more than once in the same mapping",
        "A key appears twice in one mapping; YAML would keep only one of the values.");

    public static readonly DiagnosticDescriptor MemberNameCollision = Error(
        "RD0015", "Member name collision", "{0}: id '{1}' becomes the member name '{2}', which {3}",
        "Each record becomes a static member named after its id in PascalCase; that name may not be one the generated class or System.Object already uses, nor the name of another record.");

    public static readonly DiagnosticDescriptor DuplicateTableKey = Error(
        "RD0016", "Duplicate table key", "Table key '{0}' is declared by both {1} and {2}",
        "Two [DatasetTable] declarations use the same YAML key.");

    public static readonly DiagnosticDescriptor UnsupportedPropertyType = Error(
        "RD0017", "Unsupported property type", "Property '{0}' has type '{1}', which the dataset generator cannot read from YAML; supported: string, bool, int, long, double, decimal, enums, PartialDate, DateRange, ImmutableArray<T> and records with init properties",
        "A record type's property has a type the generator cannot fill from YAML.");

    public static readonly DiagnosticDescriptor InvalidTableDeclaration = Error(
        "RD0018", "Invalid table declaration", "[DatasetTable(\"{0}\")] on '{1}': {2}",
        "A [DatasetTable] must be on a static partial class, with a key and a record type that has a string Id.");

    public static readonly DiagnosticDescriptor UnknownReferenceTarget = Error(
        "RD0019", "Reference to a type no table holds", "[References(typeof({0}))] on '{1}': no [DatasetTable] holds records of that type",
        "A [References] attribute names a type that no [DatasetTable] holds, so no id could satisfy it.");

    public static readonly DiagnosticDescriptor TableTooLargeForMembers = Info(
        "RD0020", "Too many records for a member each", "{0} holds {2} '{1}' records, more than the {3} that get a static member each; reach them through All, Get and TryGet",
        "Past a table size that the runtime's limit on a type's members allows, records get no static member each; All, Get and TryGet still reach every one.");

    public static readonly DiagnosticDescriptor ForbiddenCharacter = Error(
        "RD0021", "Character not allowed", "{0}: character {1}",
        "A YAML file and its values may not hold control characters other than tab, line feed and carriage return, the replacement character U+FFFD (which bytes that are not UTF-8 decode to), or half of a surrogate pair.");

    public static readonly DiagnosticDescriptor IdTooLong = Error(
        "RD0022", "Id too long", "{0}: id '{1}…' has {2} characters, more than the {3} an id may have",
        "An id becomes a member name in compiled metadata, whose names are limited in length; ids are kept far below that limit.");

    public static readonly DiagnosticDescriptor InvalidFactMarks = Error(
        "RD0023", "Invalid [Extent] or [Involves] mark", "'{0}': {1}",
        "[Extent] goes on PartialDate or DateRange properties and [Involves] on actor ids (a string or a list of strings), of a record derived from RelationsData.Fact that is declared partial in the same project, so the generator can write its Extent and Involvements.");

    public static readonly DiagnosticDescriptor InternalError = Error(
        "RD0099", "Internal generator error", "The dataset generator failed unexpectedly while {0}: {1}",
        "A bug in the generator, not in the data: please report it with the input that caused it.");

    /// <summary>The MSBuild property that, when set, makes each diagnostic link to its section of the docs.</summary>
    public const string HelpUrlProperty = "RelationsDataDiagnosticsUrl";

    private static readonly Dictionary<string, DiagnosticDescriptor> ById = typeof(DiagnosticDescriptors)
        .GetFields()
        .Select(field => field.GetValue(null))
        .OfType<DiagnosticDescriptor>()
        .ToDictionary(descriptor => descriptor.Id);

    public static IEnumerable<DiagnosticDescriptor> All => ById.Values;

    /// <summary>
    /// The descriptor for <paramref name="id"/>, linking to its section of the page at <paramref name="helpUrl"/> (such
    /// as a repository's docs/diagnostics.md) when one is configured; with none, no link, since a relative path means
    /// nothing outside the repository.
    /// </summary>
    public static DiagnosticDescriptor Get(string id, string helpUrl)
    {
        var descriptor = ById[id];
        if (helpUrl.Length == 0 || !Uri.TryCreate(helpUrl, UriKind.Absolute, out _))
        {
            return descriptor;
        }

        return new DiagnosticDescriptor(descriptor.Id, descriptor.Title, descriptor.MessageFormat, descriptor.Category, descriptor.DefaultSeverity, descriptor.IsEnabledByDefault, descriptor.Description, helpUrl + "#" + id.ToLowerInvariant());
    }

    private static DiagnosticDescriptor Error(string id, string title, string message, string description) =>
        new(id, title, message, Category, DiagnosticSeverity.Error, isEnabledByDefault: true, description);

    private static DiagnosticDescriptor Info(string id, string title, string message, string description) =>
        new(id, title, message, Category, DiagnosticSeverity.Info, isEnabledByDefault: true, description);
}
