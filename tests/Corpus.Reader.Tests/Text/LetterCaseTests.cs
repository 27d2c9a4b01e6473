using Corpus.Reading.Text;

namespace Corpus.Reader.Tests.Text;

public class LetterCaseTests
{
    [Fact]
    public void Every_UTF_16_unit_is_lower_cased_as_the_runtime_does_from_many_threads_at_once()
    {
        // Every thread starts on another page, so that pages are made by racing threads as well.
        Parallel.For(0, 8, thread =>
        {
            for (var i = 0; i <= char.MaxValue; i++)
            {
                var c = (char)((i + (thread * 8192)) & 0xFFFF);
                Assert.Equal(char.ToLowerInvariant(c), LetterCase.ToLowerInvariant(c));
            }
        });
    }
}
