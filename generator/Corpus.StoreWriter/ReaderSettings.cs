using Corpus.Reading.Junk;
using Corpus.Reading.Model;

namespace Corpus.StoreWriting;

/// <summary>
/// The project's reading settings from the MSBuild properties the task is given: the same properties the generator
/// reads, through the same <see cref="ArticleSettings.FromProperties"/>, so that the store holds what the generator
/// reads. The generator reports an invalid value; here the default is simply used.
/// </summary>
internal static class ReaderSettings
{
    /// <param name="corpusProjectDirectory"><c>CorpusProjectDirectory</c>, the first choice of directory source paths are relative to.</param>
    /// <param name="projectDir"><c>ProjectDir</c>, the second.</param>
    /// <param name="msbuildProjectDirectory"><c>MSBuildProjectDirectory</c>, the last.</param>
    /// <param name="maxArticleLength"><c>CorpusMaxArticleLength</c>.</param>
    /// <param name="junk"><c>CorpusJunk</c>.</param>
    public static ArticleSettings From(string? corpusProjectDirectory, string? projectDir, string? msbuildProjectDirectory, string? maxArticleLength, string? junk) =>
        ArticleSettings.FromProperties(name => name switch
        {
            "CorpusProjectDirectory" => corpusProjectDirectory,
            "ProjectDir" => projectDir,
            "MSBuildProjectDirectory" => msbuildProjectDirectory,
            "CorpusMaxArticleLength" => maxArticleLength,
            JunkModes.PropertyName => junk,
            _ => null,
        });
}
