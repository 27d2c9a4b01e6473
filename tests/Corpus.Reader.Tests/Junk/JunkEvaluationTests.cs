using System.Globalization;
using System.Text;
using Corpus.Reading;
using Corpus.Reading.Diagnostics;
using Corpus.Reading.Model;
using Xunit.Abstractions;

namespace Corpus.Reader.Tests.Junk;

/// <summary>
/// Measures junk removal on the labelled evaluation set (<c>Junk/Cases</c>): precision and recall for spam and for
/// site furniture, counted per removed run or block against the labels. A find matches a label of its kind on the
/// same line whose words it shares almost all of (90% each way), so a run cut a word too short or too long still
/// counts, but one that takes half the sentence does not. The numbers are printed and written into docs/junk.md.
/// </summary>
public class JunkEvaluationTests(ITestOutputHelper output)
{
    /// <summary>Both precision and recall must stay at or above this for both kinds.</summary>
    private const double MinScore = 0.95;

    private const double MinWordOverlap = 0.9;

    [Fact]
    public void The_evaluation_set_is_large_and_varied()
    {
        var cases = LabelledCase.All;

        Assert.True(cases.Count >= 60, $"Only {cases.Count} cases.");
        Assert.True(cases.Count(c => c.Junk.Count == 0) >= 15, "Too few clean articles that look risky.");
        Assert.True(cases.Sum(c => c.Junk.Count(j => j.Kind == RemovedKind.Spam)) >= 20, "Too few spam runs.");
        Assert.True(cases.Sum(c => c.Junk.Count(j => j.Kind == RemovedKind.Boilerplate)) >= 60, "Too few furniture blocks.");
        Assert.All(cases, c => Assert.False(string.IsNullOrWhiteSpace(c.Description), c.Name + " has no description."));
    }

    [Fact]
    public void Precision_and_recall_stay_above_the_bar_for_spam_and_furniture()
    {
        var spam = new Tally();
        var furniture = new Tally();
        var report = new StringBuilder();
        foreach (var labelled in LabelledCase.All)
        {
            var result = ArticleReader.Read(new ArticleFile("articles/" + labelled.Name + ".txt", labelled.Text));
            var found = Finds(result);
            var unmatched = labelled.Junk.ToList();
            foreach (var find in found)
            {
                var label = unmatched.FirstOrDefault(l => l.Kind == find.Kind && l.Line == find.Line && Overlaps(l.Text, find.Text));
                var tally = find.Kind == RemovedKind.Spam ? spam : furniture;
                if (label is not null)
                {
                    unmatched.Remove(label);
                    tally.Found++;
                }
                else
                {
                    tally.FalseAlarms++;
                    report.Append(CultureInfo.InvariantCulture, $"  {labelled.Name}: false {find.Kind} at line {find.Line}: {find.Text}\n");
                }
            }

            foreach (var missed in unmatched)
            {
                (missed.Kind == RemovedKind.Spam ? spam : furniture).Missed++;
                report.Append(CultureInfo.InvariantCulture, $"  {labelled.Name}: missed {missed.Kind} at line {missed.Line}: {missed.Text}\n");
            }
        }

        var summary = $"{LabelledCase.All.Count} cases\n{spam.Line("spam")}\n{furniture.Line("boilerplate")}\n{report}";
        output.WriteLine(summary);
        Assert.True(
            spam.Precision >= MinScore && spam.Recall >= MinScore && furniture.Precision >= MinScore && furniture.Recall >= MinScore,
            "Junk removal fell below " + MinScore.ToString(CultureInfo.InvariantCulture) + ":\n" + summary);
    }

    /// <summary>Every find with the line it was reported at; diagnostics and removed text come in the same order.</summary>
    private static List<(RemovedKind Kind, int Line, string Text)> Finds(ReadResult result)
    {
        var diagnostics = result.Diagnostics.Where(d => d.Kind is DiagnosticKind.SpamFound or DiagnosticKind.BoilerplateFound).ToList();
        var removed = result.Article?.Removed ?? EquatableArray<RemovedModel>.Empty;
        Assert.Equal(diagnostics.Count, removed.Count);
        return removed.Select((r, i) => (r.Kind, diagnostics[i].Line, r.Text)).ToList();
    }

    private static bool Overlaps(string label, string found)
    {
        var expected = LabelledCase.Words(label);
        var actual = LabelledCase.Words(found);
        var shared = actual.Count(expected.Contains);
        return shared >= MinWordOverlap * expected.Count && shared >= MinWordOverlap * actual.Count;
    }

    private sealed class Tally
    {
        public int Found { get; set; }

        public int FalseAlarms { get; set; }

        public int Missed { get; set; }

        public double Precision => Found + FalseAlarms == 0 ? 1 : (double)Found / (Found + FalseAlarms);

        public double Recall => Found + Missed == 0 ? 1 : (double)Found / (Found + Missed);

        public string Line(string kind) => string.Create(
            CultureInfo.InvariantCulture,
            $"{kind}: precision {Precision:0.000} ({Found}/{Found + FalseAlarms}), recall {Recall:0.000} ({Found}/{Found + Missed})");
    }
}
