using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using RelationsData.Generators.Diagnostics;
using RelationsData.Generators.Model;

namespace RelationsData.Generators.Schema;

/// <summary>
/// Reads a <c>[DatasetTable]</c> class and its record type from the compilation into a <see cref="TableSpec"/>.
/// This is the only place that touches symbols; everything after works on the equatable spec.
/// </summary>
internal sealed class SchemaReader
{
    public const string DatasetTableAttribute = "RelationsData.DatasetTableAttribute";

    private readonly Dictionary<string, RecordShape> shapes = new();
    private readonly DiagnosticBag diagnostics = new();
    private readonly KnownTypeSymbols known;
    private readonly CancellationToken cancellationToken;

    private SchemaReader(KnownTypeSymbols known, CancellationToken cancellationToken)
    {
        this.known = known;
        this.cancellationToken = cancellationToken;
    }

    public static TableSpec? Read(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        if (context.TargetSymbol is not INamedTypeSymbol tableClass || context.Attributes.Length == 0)
        {
            return null;
        }

        var attribute = context.Attributes[0];
        var key = attribute.ConstructorArguments.Length > 0 ? attribute.ConstructorArguments[0].Value as string ?? string.Empty : string.Empty;
        var recordType = attribute.ConstructorArguments.Length > 1 ? attribute.ConstructorArguments[1].Value as INamedTypeSymbol : null;
        var location = LocationInfo.From(context.TargetNode.GetLocation());
        var reader = new SchemaReader(KnownTypeSymbols.For(context.SemanticModel.Compilation), cancellationToken);
        var className = tableClass.Name;
        var ns = tableClass.ContainingNamespace.IsGlobalNamespace ? string.Empty : tableClass.ContainingNamespace.ToDisplayString();

        if (context.TargetNode is not ClassDeclarationSyntax declaration || !declaration.Modifiers.Any(SyntaxKind.PartialKeyword) || tableClass.ContainingType is not null)
        {
            reader.diagnostics.ReportAt(DiagnosticDescriptors.InvalidTableDeclaration, location, key, className, "the class must be a top-level partial class, such as 'public static partial class " + className + ";'");
        }

        if (recordType is null || recordType.TypeKind != TypeKind.Class || recordType.IsAbstract)
        {
            reader.diagnostics.ReportAt(DiagnosticDescriptors.InvalidTableDeclaration, location, key, className, "the record type must be a non-abstract class or record");
            return Build(key, ns, className, string.Empty, reader, location);
        }

        var recordTypeName = FullName(recordType);
        reader.ReadRecord(recordType);
        var idProperty = reader.shapes[recordTypeName].Properties.FirstOrDefault(p => p.Name == "Id");
        if (idProperty is null || idProperty.Value.Kind != ValueKind.String || !idProperty.IsRequired)
        {
            reader.diagnostics.ReportAt(DiagnosticDescriptors.InvalidTableDeclaration, location, key, className, "the record type '" + recordType.Name + "' needs a required string property 'Id'");
        }

        return Build(key, ns, className, recordTypeName, reader, location);
    }

    private static TableSpec Build(string key, string ns, string className, string recordTypeName, SchemaReader reader, LocationInfo? location) =>
        new(
            key,
            ns,
            className,
            recordTypeName,
            reader.shapes.Values.OrderBy(s => s.TypeName, System.StringComparer.Ordinal).ToEquatableArray(),
            location,
            reader.diagnostics.ToEquatableArray());

    private void ReadRecord(INamedTypeSymbol type)
    {
        var typeName = FullName(type);
        if (shapes.ContainsKey(typeName))
        {
            return;
        }

        // Reserve the name first so that a record that contains itself does not recurse forever.
        shapes[typeName] = new RecordShape(typeName, type.Name, EquatableArray<PropertyShape>.Empty, EquatableArray<string>.Empty, string.Empty);
        var properties = ImmutableArray.CreateBuilder<PropertyShape>();
        var seen = new HashSet<string>();
        foreach (var property in SettableProperties(type))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!seen.Add(property.Name))
            {
                continue;
            }

            var value = ReadValue(property, property.Type, property.Type.NullableAnnotation == NullableAnnotation.Annotated);
            if (value is null)
            {
                diagnostics.ReportAt(DiagnosticDescriptors.UnsupportedPropertyType, LocationInfo.From(property.Locations.FirstOrDefault() ?? Location.None), type.Name + "." + property.Name, property.Type.ToDisplayString());
                continue;
            }

            properties.Add(new PropertyShape(
                property.Name,
                Names.CamelCase(property.Name),
                value,
                property.IsRequired,
                HasAttribute(property, known.DocumentedAttribute),
                HasAttribute(property, known.ChronologyAttribute),
                DocSummary.Of(property)));
        }

        shapes[typeName] = new RecordShape(typeName, type.Name, properties.ToEquatableArray(), AssignableTo(type).ToEquatableArray(), DocSummary.Of(type));
    }

    private ValueShape? ReadValue(IPropertySymbol property, ITypeSymbol type, bool isNullable)
    {
        var reference = property.GetAttributes().FirstOrDefault(a => IsAttribute(a, known.ReferencesAttribute));
        string? referenceTarget = null;
        if (reference is not null)
        {
            referenceTarget = reference.ConstructorArguments.Length == 1 && reference.ConstructorArguments[0].Value is INamedTypeSymbol target ? FullName(target) : string.Empty;
        }

        var minCount = property.GetAttributes().FirstOrDefault(a => IsAttribute(a, known.MinCountAttribute))?.ConstructorArguments.FirstOrDefault().Value as int? ?? 0;
        var range = property.GetAttributes().FirstOrDefault(a => IsAttribute(a, known.ValueRangeAttribute));
        var minimum = range?.ConstructorArguments[0].Value as double?;
        var maximum = range?.ConstructorArguments[1].Value as double?;

        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            return ReadValue(property, nullable.TypeArguments[0], isNullable: true);
        }

        ValueShape Simple(ValueKind kind) =>
            new(kind, FullName(type), isNullable, EquatableArray<string>.Empty, false, null, kind == ValueKind.String ? referenceTarget : null, 0, minimum, maximum);

        switch (type.SpecialType)
        {
            case SpecialType.System_String:
                return Simple(ValueKind.String);
            case SpecialType.System_Boolean:
                return Simple(ValueKind.Boolean);
            case SpecialType.System_Int32:
                return Simple(ValueKind.Int32);
            case SpecialType.System_Int64:
                return Simple(ValueKind.Int64);
            case SpecialType.System_Double:
                return Simple(ValueKind.Double);
            case SpecialType.System_Decimal:
                return Simple(ValueKind.Decimal);
        }

        if (type is not INamedTypeSymbol named)
        {
            return null;
        }

        if (named.TypeKind == TypeKind.Enum)
        {
            var members = named.GetMembers().OfType<IFieldSymbol>().Where(f => f.IsConst).Select(f => f.Name).ToEquatableArray();
            var isFlags = named.GetAttributes().Any(a => IsAttribute(a, known.FlagsAttribute));
            return new ValueShape(ValueKind.Enum, FullName(named), isNullable, members, isFlags, null, null, 0, null, null);
        }

        if (KnownTypeSymbols.Is(named, known.PartialDate))
        {
            return Simple(ValueKind.PartialDate);
        }

        if (KnownTypeSymbols.Is(named, known.DateRange))
        {
            return Simple(ValueKind.DateRange);
        }

        if (KnownTypeSymbols.Is(named, known.ImmutableArray))
        {
            var element = ReadValue(property, named.TypeArguments[0], isNullable: false);
            return element is null ? null : new ValueShape(ValueKind.Array, FullName(named), isNullable, EquatableArray<string>.Empty, false, element, null, minCount, null, null);
        }

        if (named.TypeKind == TypeKind.Class && !named.IsAbstract && named.SpecialType == SpecialType.None && !named.IsGenericType
            && named.InstanceConstructors.Any(c => c.Parameters.Length == 0 && c.DeclaredAccessibility == Accessibility.Public))
        {
            ReadRecord(named);
            return new ValueShape(ValueKind.Record, FullName(named), isNullable, EquatableArray<string>.Empty, false, null, null, 0, null, null);
        }

        return null;
    }

    /// <summary>Public instance properties with a public setter or init accessor, base-most type first.</summary>
    private static IEnumerable<IPropertySymbol> SettableProperties(INamedTypeSymbol type)
    {
        var chain = new List<INamedTypeSymbol>();
        for (var current = type; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
        {
            chain.Insert(0, current);
        }

        // Most-derived declarations win, so walk the chain from the derived end when collecting, then keep base order.
        var overridden = new HashSet<string>(chain.SelectMany(t => t.GetMembers().OfType<IPropertySymbol>()).Where(p => p.IsOverride).Select(p => p.Name));
        foreach (var declaring in chain)
        {
            foreach (var property in declaring.GetMembers().OfType<IPropertySymbol>())
            {
                if (property.IsStatic || property.IsIndexer || property.DeclaredAccessibility != Accessibility.Public
                    || property.SetMethod is null || property.SetMethod.DeclaredAccessibility != Accessibility.Public)
                {
                    continue;
                }

                if (overridden.Contains(property.Name) && !property.IsOverride)
                {
                    continue;
                }

                yield return property;
            }
        }
    }

    private static IEnumerable<string> AssignableTo(INamedTypeSymbol type)
    {
        for (var current = type; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
        {
            yield return FullName(current);
        }

        foreach (var implemented in type.AllInterfaces.OrderBy(i => FullName(i), System.StringComparer.Ordinal))
        {
            yield return FullName(implemented);
        }
    }

    private static bool HasAttribute(ISymbol symbol, INamedTypeSymbol? attributeType) => symbol.GetAttributes().Any(a => IsAttribute(a, attributeType));

    private static bool IsAttribute(AttributeData attribute, INamedTypeSymbol? attributeType) => KnownTypeSymbols.Is(attribute.AttributeClass, attributeType);

    private static string FullName(ITypeSymbol type) => type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
}
