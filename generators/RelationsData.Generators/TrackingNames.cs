namespace RelationsData.Generators;

/// <summary>Names of the pipeline steps, so tests can check which steps ran and which were cached.</summary>
internal static class TrackingNames
{
    public const string Tables = nameof(Tables);
    public const string Schema = nameof(Schema);
    public const string BoundFiles = nameof(BoundFiles);
    public const string Dataset = nameof(Dataset);
    public const string AssemblyName = nameof(AssemblyName);
    public const string Reader = nameof(Reader);
    public const string HelpUrl = nameof(HelpUrl);
    public const string AsOf = nameof(AsOf);
    public const string Registry = nameof(Registry);
    public const string DatasetDiagnostics = nameof(DatasetDiagnostics);
    public const string TableOutputs = nameof(TableOutputs);
}
