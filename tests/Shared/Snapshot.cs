using System.IO;
using System.Runtime.CompilerServices;

namespace RelationsData.Testing;

/// <summary>
/// Snapshot assertions in Verify's file convention: the approved text lives in <c>Snapshots/{name}.verified.{ext}</c> beside
/// the test; on a mismatch the actual text is written to <c>{name}.received.{ext}</c> and the test fails. To approve a
/// change, review the received file and rename it over the verified one.
/// </summary>
internal static class Snapshot
{
    public static void Verify(string name, string extension, string actual, [CallerFilePath] string testFile = "")
    {
        var directory = Path.Combine(Path.GetDirectoryName(testFile)!, "Snapshots");
        Directory.CreateDirectory(directory);
        var verified = Path.Combine(directory, $"{name}.verified.{extension}");
        var received = Path.Combine(directory, $"{name}.received.{extension}");
        var normalized = actual.Replace("\r\n", "\n", System.StringComparison.Ordinal);
        if (File.Exists(verified) && File.ReadAllText(verified).Replace("\r\n", "\n", System.StringComparison.Ordinal) == normalized)
        {
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, normalized);
        Assert.Fail(File.Exists(verified)
            ? $"{name} differs from its approved snapshot. Compare {received} with {verified}; if the change is right, move the received file over the verified one."
            : $"{name} has no approved snapshot yet. Review {received}; if it is right, rename it to {Path.GetFileName(verified)}.");
    }
}
