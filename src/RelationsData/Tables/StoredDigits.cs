using System;
using System.ComponentModel;

namespace RelationsData;

/// <summary>
/// Returns the data a generated table is stored in: constant data compiled into its assembly, so the span is the same
/// on every call and costs nothing to take. <see cref="ExtentIndex"/> asks for it on each query, since a span cannot be kept.
/// </summary>
/// <returns>The table's data.</returns>
[EditorBrowsable(EditorBrowsableState.Never)]
public delegate ReadOnlySpan<byte> StoredDigits();
