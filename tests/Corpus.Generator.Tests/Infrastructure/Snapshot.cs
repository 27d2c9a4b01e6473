using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace Corpus.Generator.Tests.Infrastructure;

/// <summary>
/// Snapshot testing of generator output in Verify.SourceGenerators' layout, so that the Verify package can replace this
/// helper without moving a file:
/// <list type="bullet">
/// <item><c>Snapshots/{Class}.{Method}#{HintNameWithoutExtension}.verified.cs</c> for each generated file, starting with
/// <c>//HintName: {hint}</c>;</item>
/// <item><c>Snapshots/{Class}.{Method}.verified.txt</c> for the diagnostics;</item>
/// <item>UTF-8, LF line ends, no final newline; the generator's version is scrubbed.</item>
/// </list>
/// On a mismatch a <c>.received.</c> file is written beside the verified one and the test fails with a readable diff.
/// Set <c>CORPUS_ACCEPT_SNAPSHOTS=1</c> to accept what was received (review the diff first); snapshots that a test no
/// longer produces fail the test, and are deleted when accepting.
/// </summary>
internal static class Snapshot
{
    public const string AcceptVariable = "CORPUS_ACCEPT_SNAPSHOTS";

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// Where snapshots live. Taken from the build rather than from <see cref="CallerFilePathAttribute"/>, which
    /// deterministic CI builds map to a path that does not exist.
    /// </summary>
    private static readonly string Directory = Path.Combine(
        typeof(Snapshot).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "ProjectDirectory").Value!,
        "Snapshots");

    private static bool Accepting => Environment.GetEnvironmentVariable(AcceptVariable) is "1" or "true";

    public static void Verify(GeneratorDriverRunResult result, [CallerFilePath] string sourceFile = "", [CallerMemberName] string method = "")
    {
        var prefix = ClassName(sourceFile) + "." + method;
        var files = result.Results
            .SelectMany(r => r.GeneratedSources)
            .OrderBy(s => s.HintName, StringComparer.Ordinal)
            .Select(s => new SnapshotFile($"{prefix}#{Path.GetFileNameWithoutExtension(s.HintName)}.verified.cs", $"//HintName: {s.HintName}\n{s.SourceText}"))
            .Append(new SnapshotFile($"{prefix}.verified.txt", DiagnosticText.Format(result.Diagnostics)))
            .ToList();
        Compare(prefix, files);
    }

    private static string ClassName(string sourceFile) =>
        Path.GetFileNameWithoutExtension(sourceFile.Replace('\\', '/').Split('/').Last());

    private static void Compare(string prefix, List<SnapshotFile> files)
    {
        System.IO.Directory.CreateDirectory(Directory);
        var failures = new StringBuilder();
        foreach (var file in files)
        {
            var verifiedPath = Path.Combine(Directory, file.Name);
            var receivedPath = verifiedPath.Replace(".verified.", ".received.", StringComparison.Ordinal);
            var received = Normalize(Scrub(file.Content));
            var verified = File.Exists(verifiedPath) ? Normalize(File.ReadAllText(verifiedPath)) : null;
            if (verified == received)
            {
                File.Delete(receivedPath);
                continue;
            }

            if (Accepting)
            {
                File.WriteAllText(verifiedPath, received, Utf8NoBom);
                File.Delete(receivedPath);
                continue;
            }

            File.WriteAllText(receivedPath, received, Utf8NoBom);
            failures.Append(verified is null ? $"New snapshot {file.Name}: review {receivedPath}\n" : $"Snapshot {file.Name} differs:\n{Diff(verified, received)}\n");
        }

        foreach (var stale in StaleSnapshots(prefix, files))
        {
            if (Accepting)
            {
                File.Delete(stale);
            }
            else
            {
                failures.Append($"Snapshot {Path.GetFileName(stale)} is no longer produced.\n");
            }
        }

        if (failures.Length > 0)
        {
            Assert.Fail(failures + $"If the new output is right, accept it: {AcceptVariable}=1 dotnet test");
        }
    }

    private static IEnumerable<string> StaleSnapshots(string prefix, List<SnapshotFile> files)
    {
        var expected = files.Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        return System.IO.Directory.EnumerateFiles(Directory, prefix + "*.verified.*")
            .Where(path => Path.GetFileName(path) is var name
                && (name.StartsWith(prefix + "#", StringComparison.Ordinal) || name.StartsWith(prefix + ".verified.", StringComparison.Ordinal))
                && !expected.Contains(name))
            .Order(StringComparer.Ordinal);
    }

    private static string Scrub(string text) =>
        text.Replace($"\"Corpus\", \"{Emit.GeneratedCode.Version}\"", "\"Corpus\", \"{version}\"", StringComparison.Ordinal);

    private static string Normalize(string text) =>
        text.TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n');

    /// <summary>A line diff with two lines of context around each change.</summary>
    private static string Diff(string verified, string received)
    {
        var lines = InlineDiffBuilder.Diff(verified, received, ignoreWhiteSpace: false).Lines;
        var show = new bool[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Type != ChangeType.Unchanged)
            {
                for (var j = Math.Max(0, i - 2); j <= Math.Min(lines.Count - 1, i + 2); j++)
                {
                    show[j] = true;
                }
            }
        }

        var builder = new StringBuilder();
        for (var i = 0; i < lines.Count; i++)
        {
            if (!show[i])
            {
                continue;
            }

            var marker = lines[i].Type switch { ChangeType.Deleted => "- ", ChangeType.Inserted => "+ ", _ => "  " };
            builder.Append(lines[i].Position is { } n ? $"{n,5} " : "      ").Append(marker).Append(lines[i].Text).Append('\n');
        }

        return builder.ToString();
    }

    private sealed record SnapshotFile(string Name, string Content);
}
