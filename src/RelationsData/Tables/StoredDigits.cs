using System;
using System.ComponentModel;

namespace RelationsData;

/// <summary>
/// Returns the data a generated table is stored in, with at least the bytes from <paramref name="at"/> to
/// <paramref name="at"/> + <paramref name="length"/> ready to read: constant data compiled into its assembly, or for a
/// large table the array its parts are copied into as they are first needed (<see cref="JoinedParts"/>). Positions in
/// the span are positions in the whole data. <see cref="ExtentIndex"/> asks for each range it reads, since a span cannot be kept.
/// </summary>
/// <param name="at">Where the bytes about to be read start.</param>
/// <param name="length">How many bytes are about to be read.</param>
/// <returns>The table's data.</returns>
[EditorBrowsable(EditorBrowsableState.Never)]
public delegate ReadOnlySpan<byte> StoredDigits(int at, int length);

/// <summary>Returns one part of a large generated table's data: constant data compiled into its assembly (<see cref="JoinedParts"/>).</summary>
/// <param name="index">The part, from 0.</param>
/// <returns>The part's bytes.</returns>
[EditorBrowsable(EditorBrowsableState.Never)]
public delegate ReadOnlySpan<byte> StoredPart(int index);
