using System.Collections.Generic;
using Corpus.Generator.Pipeline;
using Corpus.Reading.Storage;
using Microsoft.CodeAnalysis;

namespace Corpus.Generator.Diagnostics;

/// <summary>Checks an embedded store's manifest against what the generator read: any difference fails the build (CORPUS023).</summary>
/// <remarks>
/// Not in an IDE's compilation (<see cref="CorpusOptions.DesignTime"/>): there the store is the last build's, behind
/// every article saved since (or missing before the first build), and the next build, which rewrites it before
/// compiling, is the one to check. An IDE never emits an assembly, so no corpus that disagrees with its API can come of it.
/// </remarks>
internal static class StoreCheck
{
    public static Diagnostic? Difference(StorePlan plan, IReadOnlyList<StoreEntry> read)
    {
        if (plan.Options.DesignTime)
        {
            return null;
        }

        if (!plan.Manifest.Present)
        {
            return Mismatch(Location.None, "the build embedded no store. CorpusStorage=Resource needs the Corpus package's build targets; build the project with them, or set CorpusStorage to Inline");
        }

        if (plan.Manifest.Content is not { } embedded)
        {
            return Mismatch(Location.None, "the store's manifest is not one this version of Corpus reads; rebuild the project");
        }

        if (StoreManifest.Compare(read, embedded.Entries) is not { } difference)
        {
            return null;
        }

        var path = difference.SourcePath.Length > 0 ? plan.DiagnosticPathOf(difference.SourcePath) : null;
        var location = path is null ? Location.None : DiagnosticFactory.At(path, 0, 0, 0);
        var what = difference.SourcePath.Length > 0 ? $"'{difference.SourcePath}': {difference.Reason}" : difference.Reason;
        return Mismatch(location, what);
    }

    private static Diagnostic Mismatch(Location location, string what) =>
        Diagnostic.Create(DiagnosticDescriptors.StoreMismatch, location, what);
}
