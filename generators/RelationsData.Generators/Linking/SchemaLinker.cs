using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using RelationsData.Generators.Diagnostics;
using RelationsData.Generators.Model;

namespace RelationsData.Generators.Linking;

/// <summary>Gathers the tables of the compilation into one <see cref="DatasetSchema"/> and checks them against each other.</summary>
internal static class SchemaLinker
{
    public static DatasetSchema Link(ImmutableArray<TableSpec?> specs)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var tables = new List<TableSpec>();
        foreach (var spec in specs.Where(s => s is not null).Select(s => s!).OrderBy(s => s.Key, System.StringComparer.Ordinal).ThenBy(s => s.Namespace + "." + s.ClassName, System.StringComparer.Ordinal))
        {
            diagnostics.AddRange(spec.Diagnostics);
            var existing = tables.FirstOrDefault(t => t.Key == spec.Key);
            if (existing is not null)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateTableKey.Id, spec.Location, spec.Key, existing.ClassName, spec.ClassName));
                continue;
            }

            if (spec.RecordTypeName.Length > 0)
            {
                tables.Add(spec);
            }
        }

        // Every [References(typeof(T))] must name a type that some table holds, or no id could ever satisfy it.
        var held = new HashSet<string>(tables.SelectMany(t => t.RecordShape.AssignableTo));
        var reported = new HashSet<string>();
        foreach (var table in tables)
        {
            foreach (var shape in table.Shapes)
            {
                foreach (var property in shape.Properties)
                {
                    var target = (property.Value.Element ?? property.Value).ReferenceTarget;
                    if (target is { Length: > 0 } && !held.Contains(target) && reported.Add(shape.TypeName + "." + property.Name))
                    {
                        var shortTarget = Names.Short(target);
                        diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnknownReferenceTarget.Id, table.Location, shortTarget, shape.DisplayName + "." + property.Name));
                    }
                }
            }
        }

        return new DatasetSchema(tables.ToEquatableArray(), diagnostics.ToEquatableArray());
    }
}
