using System.Collections.Generic;

namespace Corpus.Reading.Language;

/// <summary>
/// What the detector knows about one language: its most frequent function words (articles, prepositions,
/// conjunctions, pronouns, auxiliaries — the words every news text is full of, whatever its topic) and the letters
/// that its spelling uses and its neighbours' does not. A word or letter may belong to several languages; it then
/// counts for each of them, and only the words and letters they do not share tell them apart.
/// </summary>
internal sealed class LanguageProfile
{
    private LanguageProfile(string code, Script script, string words, string letters, string endings = "")
    {
        Code = code;
        Script = script;
        Words = words.Split(' ');
        Letters = letters;
        Endings = endings.Length == 0 ? [] : endings.Split(' ');
    }

    /// <summary>The ISO 639-1 code.</summary>
    public string Code { get; }

    public Script Script { get; }

    /// <summary>Lower-case function words, as the tokenizer sees them: split at apostrophes and hyphens.</summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>Lower-case letters that are evidence for this language.</summary>
    public string Letters { get; }

    /// <summary>
    /// Word endings (two or three letters) that are evidence for this language, counted on words at least two letters
    /// longer than the ending. Inflection tells Cyrillic languages apart where their function words are the same:
    /// Russian adjectives and verbs (<c>-ая -ое -ых -ает</c>), Ukrainian <c>-ння -ють -ою</c>, and the Bulgarian
    /// article suffixes (<c>-ите -ата -ото</c>), which no other language has.
    /// </summary>
    public IReadOnlyList<string> Endings { get; }

    /// <summary>The longest ending a profile may list.</summary>
    public const int MaxEndingLength = 3;

    /// <summary>
    /// The languages that are told apart by their words. Written from general knowledge of each language, kept
    /// short: the frequent words carry the signal, and a long list of content words would tie the detector to topics.
    /// The single letters <c>l d qu n j</c> and <c>dell all nell</c> are what French and Italian elisions leave
    /// (<c>l'État</c>, <c>qu'il</c>, <c>dell'anno</c>); English <c>'s</c> and <c>n't</c> are left out on purpose,
    /// because they would count for French.
    /// </summary>
    public static readonly LanguageProfile[] All =
    [
        new("en", Script.Latin,
            "the of and to a in is that for it on was with he as by at from his be are have has an not but they this "
            + "which or had were been their its will would who she her we said after there more than about also one up "
            + "out if when new can all into over so what some could them him two first other our these those while "
            + "against because during between before under since most then do did does only just may should",
            ""),
        new("de", Script.Latin,
            "der die das und in den von zu mit sich des auf für ist im dem nicht ein eine als auch es an er hat aus bei "
            + "sie nach wird um am sind noch wie einem über einen so zum war was haben nur oder aber vor zur bis mehr "
            + "durch man dass daß sein wurde werden ihre seine einer kann soll schon wenn sei gegen seit diese dieser "
            + "dieses unter zwischen wieder sagte habe hatte hatten worden können müssen muss gibt sowie bereits doch "
            + "denn weil ob beim vom ins ihr ihrer ihren seiner seinen uns wir ich keine kein dann hier etwa heute "
            + "immer jedoch laut",
            "äöüß"),
        new("fr", Script.Latin,
            "le la les de des du un une et est en dans pour par sur au aux avec que qui ne pas plus ce cette ces son sa "
            + "ses il elle ils elles nous vous on je a été être ont sont mais ou où comme leur leurs aussi après selon "
            + "lors tout tous toute toutes même déjà fait avait était sera peut entre sans sous depuis encore très bien "
            + "donc car dont cet se lui y l d qu n j",
            "àâçèéêëîïôûùœÿ"),
        new("es", Script.Latin,
            "el la los las de del y en a que un una unos unas es son fue ser con por para como más pero su sus al lo "
            + "le les se no si sí ya muy sin sobre entre también hasta desde porque cuando donde este esta estos estas "
            + "ese esa eso está están era han ha hay había otro otra otros después durante según mientras dijo tras "
            + "cada todo todos parte año años e o u ni nos",
            "áéíñóúü¿¡"),
        new("it", Script.Latin,
            "il lo la i gli le di del della dello delle dei degli da dal dalla dai nel nella nelle nei negli al alla "
            + "alle ai agli in con su sul sulla per tra fra un una uno e è ed che non si ci ne come anche più ma sono "
            + "ha hanno questo questa questi queste quello quella essere stato stata stati dopo ancora solo suo sua "
            + "suoi sue loro se perché quando dove molto tutti tutto già poi oggi anni anno o era sia cui ad mentre "
            + "secondo contro verso fino l dell all dall nell sull",
            "àèéìòù"),
        new("pt", Script.Latin,
            "o a os as de do da dos das em no na nos nas um uma uns umas e é que não se com por para pelo pela pelos "
            + "pelas ao aos à às mais mas como foi são ser ter tem têm há seu sua seus suas ele ela eles elas isso isto "
            + "este esta estes estas esse essa entre sobre até quando já muito muitos sem também ainda depois onde "
            + "porque pode disse segundo anos ano durante desde outro outra outros cada todo todos era estão está vai "
            + "foram sido",
            "ãõçáâàéêíóôú"),
        new("nl", Script.Latin,
            "de het een en van in op te dat die is niet met voor zijn er aan als ook om maar bij of door naar dan nog "
            + "wel uit over tot hij ze zij wordt werd worden heeft hebben was kan moet al deze dit na meer geen onder "
            + "tegen zo wat wie hun haar ons we wij u tussen omdat volgens tijdens nu jaar jaren zal zou had waren ik "
            + "je men toch alleen veel nieuwe eerste twee sinds",
            "ë"),
        new("pl", Script.Latin,
            "i w z na się nie do to że jest o jak po a od za co ale dla przez przy tak jego jej ich już tylko też "
            + "także może oraz lub czy być był była było były są ten ta te tym tego tej który która które których "
            + "którzy we ze pod nad bez jako jednak gdy roku lat według między został została zostały zostało mają ma "
            + "będzie będą można bardzo jeszcze ponad podczas teraz nawet gdzie kiedy wszystko jeden jedna",
            "ąćęłńóśźż"),
        new("ru", Script.Cyrillic,
            "и в на с не что по к за из от о об для как это но а то же так его ее её их он она они мы вы я уже также "
            + "еще ещё или ли был была было были быть будет будут который которая которое которые которых котором "
            + "которого при после между до во со у только если когда чем этот эта эти этого этой того может году года "
            + "более все всё всех бы там где теперь сейчас даже очень свой своей своих через под над без против "
            + "однако время кроме много заявил сообщил сказал",
            "ыэё",
            "ая ое ой ых его ем ает ует ют ал ил"),
        new("uk", Script.Cyrillic,
            "і й та в у на з із зі не що по до за від для як це але а то же так його її їх він вона вони ми ви я вже "
            + "також ще або чи був була було були бути буде будуть який яка яке які якого якій якому цей ця ці цього "
            + "цієї цих при після між під над без через тільки лише якщо коли де там тому щодо проти може можуть року "
            + "роки році має мають є заявив повідомив сказав",
            "іїєґ",
            "ння ють ою ав ися"),
        new("bg", Script.Cyrillic,
            "и в на за от да се е са че не по с със във към като това тази този тези които който която което има ще "
            + "след при до но а или ли бъде беше бяха само така още вече също може трябва между година години той тя "
            + "те ние вие го му ѝ им си ги бе много без над под преди според срещу",
            "ъѝ",
            "ите ата ото"),
    ];
}
