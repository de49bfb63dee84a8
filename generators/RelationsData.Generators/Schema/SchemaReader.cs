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
    private readonly Compilation compilation;
    private readonly KnownTypeSymbols known;
    private readonly CancellationToken cancellationToken;

    private SchemaReader(Compilation compilation, CancellationToken cancellationToken)
    {
        this.compilation = compilation;
        known = KnownTypeSymbols.For(compilation);
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
        var reader = new SchemaReader(context.SemanticModel.Compilation, cancellationToken);
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
        shapes[typeName] = new RecordShape(typeName, type.Name, EquatableArray<PropertyShape>.Empty, EquatableArray<string>.Empty, string.Empty, Declaration.Referenced, type.IsRecord);
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
                DocSummary.Of(property, compilation),
                ReadExtentOrder(property, value),
                ReadInvolvedAs(property, value)));
        }

        var shape = new RecordShape(typeName, type.Name, properties.ToEquatableArray(), AssignableTo(type).ToEquatableArray(), DocSummary.Of(type, compilation), DeclarationOf(type), type.IsRecord);
        shapes[typeName] = shape;
        CheckMarkedType(type, shape);
    }

    /// <summary>The order of a property's [Extent], or null; a mark on a property that is not a date or range is reported.</summary>
    private int? ReadExtentOrder(IPropertySymbol property, ValueShape value)
    {
        var mark = property.GetAttributes().FirstOrDefault(a => IsAttribute(a, known.ExtentAttribute));
        if (mark is null)
        {
            return null;
        }

        if (value.Kind is not (ValueKind.PartialDate or ValueKind.DateRange))
        {
            ReportMark(property, "Extent", "it is not a PartialDate or DateRange");
            return null;
        }

        return mark.ConstructorArguments.FirstOrDefault().Value as int? ?? 0;
    }

    /// <summary>The ActorRole member of a property's [Involves], or null; a mark on a property that holds no actor ids is reported.</summary>
    private string? ReadInvolvedAs(IPropertySymbol property, ValueShape value)
    {
        var mark = property.GetAttributes().FirstOrDefault(a => IsAttribute(a, known.InvolvesAttribute));
        if (mark is null)
        {
            return null;
        }

        var holdsIds = value.Kind == ValueKind.String || value is { Kind: ValueKind.Array, Element.Kind: ValueKind.String };
        if (!holdsIds)
        {
            ReportMark(property, "Involves", "it holds neither an actor id (a string) nor a list of them");
            return null;
        }

        var role = mark.ConstructorArguments.FirstOrDefault();
        var member = (role.Type as INamedTypeSymbol)?.GetMembers().OfType<IFieldSymbol>().FirstOrDefault(f => f.IsConst && Equals(f.ConstantValue, role.Value));
        if (member is null)
        {
            ReportMark(property, "Involves", "its role is not a member of ActorRole");
            return null;
        }

        return member.Name;
    }

    /// <summary>Marks on a type that is not a fact, or that the generator may not add members to, are reported once, at the type.</summary>
    private void CheckMarkedType(INamedTypeSymbol type, RecordShape shape)
    {
        if (!shape.ExtentProperties.Any() && !shape.InvolvementProperties.Any())
        {
            return;
        }

        var location = LocationInfo.From(type.Locations.FirstOrDefault() ?? Location.None);
        if (!shape.IsFact)
        {
            diagnostics.ReportAt(DiagnosticDescriptors.InvalidFactMarks, location, type.Name, "only a record derived from RelationsData.Fact has an Extent and Involvements to write");
        }
        else if (shape.Declaration == Declaration.Source)
        {
            diagnostics.ReportAt(DiagnosticDescriptors.InvalidFactMarks, location, type.Name, "declare it 'partial' so the generator can write its Extent and Involvements");
        }
    }

    private void ReportMark(IPropertySymbol property, string attribute, string reason) =>
        diagnostics.ReportAt(DiagnosticDescriptors.InvalidFactMarks, LocationInfo.From(property.Locations.FirstOrDefault() ?? Location.None), property.ContainingType.Name + "." + property.Name, "[" + attribute + "] does not apply: " + reason);

    private static Declaration DeclarationOf(INamedTypeSymbol type)
    {
        var declarations = type.DeclaringSyntaxReferences;
        if (declarations.Length == 0)
        {
            return Declaration.Referenced;
        }

        return declarations.All(d => d.GetSyntax() is TypeDeclarationSyntax syntax && syntax.Modifiers.Any(SyntaxKind.PartialKeyword)) && type.ContainingType is null
            ? Declaration.SourcePartial
            : Declaration.Source;
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
