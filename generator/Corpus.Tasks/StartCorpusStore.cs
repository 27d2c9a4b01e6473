using System.Linq;
using Microsoft.Build.Framework;

namespace Corpus.Tasks;

/// <summary>
/// Starts the store writer early in the build, so that it reads the articles while MSBuild resolves references and
/// prepares the compiler's inputs, on the processor MSBuild leaves free, and registers the run for
/// <see cref="WriteCorpusStore"/>, which waits for it before the compiler. It never fails the build and logs no error: when
/// it cannot start the writer, <see cref="WriteCorpusStore"/> does all the work, and reports any error, as it would
/// without it.
/// </summary>
public sealed class StartCorpusStore : StoreTask
{
    /// <inheritdoc />
    public override bool Execute()
    {
        // Only a build engine that keeps objects for the rest of the build can hand a run on.
        if (BuildEngine is not IBuildEngine4 engine)
        {
            return true;
        }

        (engine.UnregisterTaskObject(EarlyRunKey, RegisteredTaskObjectLifetime.Build) as EarlyStoreWrite)?.Dispose();
        var request = Request(out _);
        if (request is null || WriteRequest(request) is not null)
        {
            return true;
        }

        // A writer that cannot be started here (no dotnet, a native writer that is not a program) is left to the task
        // before the compiler, which says why.
        var run = StartWriter(HasNativeWriter, out _);
        if (run is null)
        {
            return true;
        }

        var early = new EarlyStoreWrite(request, run, AdditionalFiles.Select(item => item.GetMetadata("FullPath")).ToList());
        engine.RegisterTaskObject(EarlyRunKey, early, RegisteredTaskObjectLifetime.Build, allowEarlyCollection: false);
        Log.LogMessage(MessageImportance.Normal, "Corpus: the store writer is started ahead of the compiler: {0}", run.CommandLine);
        return true;
    }
}
