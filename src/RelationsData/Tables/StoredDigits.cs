using System;
using System.ComponentModel;

namespace RelationsData;

/// <summary>
/// Returns a span that holds the bytes of a generated table's data from <paramref name="at"/> to <paramref name="at"/> +
/// <paramref name="length"/>, and moves <paramref name="at"/> to where they start in it: the table's constant data
/// itself (compiled into its assembly), the part of it that holds the range (<see cref="JoinedParts"/>), or, for a
/// range across parts, a copy. <see cref="ExtentIndex"/> asks for each range it reads, since a span cannot be kept.
/// </summary>
/// <param name="at">Where the bytes about to be read start in the data; on return, where they start in the span.</param>
/// <param name="length">How many bytes are about to be read.</param>
/// <returns>A span holding the bytes.</returns>
[EditorBrowsable(EditorBrowsableState.Never)]
public delegate ReadOnlySpan<byte> StoredDigits(scoped ref int at, int length);

/// <summary>Returns one part of a large generated table's data: constant data compiled into its assembly (<see cref="JoinedParts"/>).</summary>
/// <param name="index">The part, from 0.</param>
/// <returns>The part's bytes.</returns>
[EditorBrowsable(EditorBrowsableState.Never)]
public delegate ReadOnlySpan<byte> StoredPart(int index);
