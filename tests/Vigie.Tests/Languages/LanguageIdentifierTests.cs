using Vigie.Languages;

namespace Vigie.Tests.Languages;

/// <summary>The shipped model on sentences written for these tests (in no training or test corpus).</summary>
public sealed class LanguageIdentifierTests
{
    public static TheoryData<string, string> Paragraphs { get; } = new()
    {
        { "fr", "Le conseil municipal a voté mardi soir un budget rectificatif qui prévoit la rénovation de trois écoles primaires et l'extension du réseau de pistes cyclables, malgré l'opposition d'une partie des élus qui jugent ces dépenses trop lourdes pour la commune." },
        { "en", "The regional transport authority said on Tuesday that the new tram line would open two months later than planned, blaming supply problems and a shortage of qualified engineers, while promising that ticket prices would not rise before next spring." },
        { "de", "Die Landesregierung hat am Mittwoch angekündigt, die Förderung für kleine Betriebe im ländlichen Raum deutlich aufzustocken, nachdem mehrere Verbände vor einer Welle von Schließungen gewarnt hatten und die Opposition schnelle Hilfe forderte." },
        { "es", "El ayuntamiento anunció el miércoles que ampliará el horario de las bibliotecas municipales durante el verano, después de que miles de vecinos firmaran una petición para disponer de espacios frescos y tranquilos donde estudiar y trabajar." },
        { "pt", "A câmara municipal anunciou na quarta-feira que vai alargar o horário das bibliotecas durante o verão, depois de milhares de moradores terem assinado uma petição a pedir espaços frescos e tranquilos onde possam estudar e trabalhar." },
        { "it", "Il consiglio comunale ha approvato ieri sera un piano per rinnovare le scuole elementari della città e ampliare la rete delle piste ciclabili, nonostante le critiche dell'opposizione che considera troppo alta la spesa prevista per quest'anno." },
        { "nl", "De gemeenteraad heeft dinsdagavond ingestemd met een plan om drie basisscholen te renoveren en het netwerk van fietspaden uit te breiden, ondanks kritiek van de oppositie die vindt dat de kosten voor de gemeente veel te hoog worden." },
        { "ru", "Городские власти в среду объявили, что летом библиотеки будут работать дольше обычного, после того как тысячи жителей подписали обращение с просьбой открыть прохладные и тихие места для учёбы и работы." },
        { "uk", "Міська влада в середу оголосила, що влітку бібліотеки працюватимуть довше, ніж зазвичай, після того як тисячі мешканців підписали звернення з проханням відкрити прохолодні й тихі місця для навчання та роботи." },
        { "pl", "Władze miasta ogłosiły w środę, że latem biblioteki będą czynne dłużej niż zwykle, po tym jak tysiące mieszkańców podpisały petycję z prośbą o udostępnienie chłodnych i cichych miejsc do nauki oraz pracy." },
        { "cs", "Vedení města ve středu oznámilo, že knihovny budou v létě otevřené déle než obvykle, poté co tisíce obyvatel podepsaly petici s žádostí o chladná a tichá místa, kde by mohli studovat a pracovat." },
        { "ro", "Primăria a anunțat miercuri că bibliotecile vor avea un program prelungit pe timpul verii, după ce mii de locuitori au semnat o petiție prin care cereau spații răcoroase și liniștite pentru studiu și muncă." },
        { "sv", "Kommunen meddelade på onsdagen att biblioteken kommer att ha längre öppettider under sommaren, sedan tusentals invånare skrivit under en namninsamling med krav på svala och lugna platser där de kan studera och arbeta." },
        { "tr", "Belediye çarşamba günü yaptığı açıklamada, binlerce kişinin serin ve sessiz çalışma alanları talep eden bir dilekçeyi imzalamasının ardından kütüphanelerin yaz boyunca daha uzun saatler açık kalacağını duyurdu." },
        { "ar", "أعلنت البلدية يوم الأربعاء أن المكتبات العامة ستفتح أبوابها لساعات أطول خلال فصل الصيف، بعد أن وقّع آلاف السكان على عريضة تطالب بتوفير أماكن هادئة ومكيفة للدراسة والعمل." },
        { "fa", "شهرداری روز چهارشنبه اعلام کرد که کتابخانه‌های عمومی در تابستان ساعت‌های بیشتری باز خواهند بود، پس از آنکه هزاران نفر از ساکنان طوماری را برای داشتن فضاهای آرام و خنک برای مطالعه و کار امضا کردند." },
        { "el", "Ο δήμος ανακοίνωσε την Τετάρτη ότι οι δημόσιες βιβλιοθήκες θα μένουν ανοιχτές περισσότερες ώρες κατά τη διάρκεια του καλοκαιριού, αφού χιλιάδες κάτοικοι υπέγραψαν αίτημα για ήσυχους και δροσερούς χώρους μελέτης." },
        { "zh", "市政府周三宣布，今年夏天公共图书馆将延长开放时间，此前数千名居民联名请愿，希望能有凉爽安静的地方学习和工作。" },
        { "ja", "市は水曜日、今年の夏は公立図書館の開館時間を延長すると発表した。数千人の住民が、涼しく静かに勉強や仕事ができる場所を求める署名を提出していた。" },
        { "ko", "시는 수요일 올여름 공공도서관의 운영 시간을 연장한다고 발표했다. 수천 명의 주민이 시원하고 조용하게 공부하고 일할 수 있는 공간을 요구하는 청원에 서명한 데 따른 것이다." },
    };

    [Theory]
    [MemberData(nameof(Paragraphs))]
    public void Identifies_a_paragraph(string expected, string text)
    {
        var guess = LanguageIdentifier.Default.Identify(text);
        Assert.Equal(expected, guess.Code);
        Assert.InRange(guess.Confidence, 0.9, 1);
    }

    [Fact]
    public void Knows_at_least_the_twenty_required_languages()
    {
        string[] required = ["fr", "en", "de", "es", "it", "pt", "nl", "ru", "uk", "pl", "ro", "tr", "ar", "fa", "zh", "ja", "ko", "el", "sv", "cs"];
        Assert.Empty(required.Except(LanguageIdentifier.Default.Languages));
    }

    [Theory]
    [InlineData("ru", "Правительство заявило, что новые правила вступят в силу с первого числа следующего месяца.")]
    [InlineData("uk", "Уряд заявив, що нові правила набудуть чинності з першого числа наступного місяця.")]
    [InlineData("ar", "قالت الحكومة إن القواعد الجديدة ستدخل حيز التنفيذ في بداية الشهر المقبل.")]
    [InlineData("fa", "دولت اعلام کرد که مقررات جدید از ابتدای ماه آینده اجرا می‌شود.")]
    [InlineData("es", "El gobierno dijo que las nuevas normas entrarán en vigor a principios del próximo mes.")]
    [InlineData("pt", "O governo disse que as novas regras entrarão em vigor no início do próximo mês.")]
    [InlineData("cs", "Vláda uvedla, že nová pravidla začnou platit od začátku příštího měsíce.")]
    [InlineData("pl", "Rząd poinformował, że nowe przepisy wejdą w życie od początku przyszłego miesiąca.")]
    public void Tells_close_languages_apart_in_one_sentence(string expected, string text)
    {
        Assert.Equal(expected, LanguageIdentifier.Default.Identify(text).Code);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t ")]
    [InlineData("2024-05-17 12:30 +33 (0)1 23 45 67 89")]
    [InlineData("!!! ??? ... --- *** ///")]
    [InlineData("\u0001\u0002\u0007")]
    public void Answers_unknown_without_letters(string text)
    {
        Assert.Equal(LanguageGuess.Unknown, LanguageIdentifier.Default.Identify(text));
    }

    [Fact]
    public void Answers_unknown_for_a_script_no_known_language_uses()
    {
        Assert.Equal(LanguageGuess.Undetermined, LanguageIdentifier.Default.Identify("ממשלת ישראל הודיעה היום על תוכנית חדשה").Code);
    }

    [Fact]
    public void Mixed_scripts_go_to_the_main_one_with_lower_confidence()
    {
        var guess = LanguageIdentifier.Default.Identify(
            "Президент Франции Emmanuel Macron в понедельник встретился с канцлером Германии Friedrich Merz в Берлине, где они обсудили поддержку Украины.");
        Assert.Equal("ru", guess.Code);
        Assert.InRange(guess.Confidence, 0.5, 0.95);
    }

    [Fact]
    public void Japanese_with_kanji_and_kana_is_not_chinese()
    {
        Assert.Equal("ja", LanguageIdentifier.Default.Identify("東京都は新しい計画を発表しました。").Code);
        Assert.Equal("zh", LanguageIdentifier.Default.Identify("东京都政府发表了新的计划。").Code);
    }

    [Fact]
    public void Decomposed_accents_give_the_same_answer_as_composed_ones()
    {
        const string Composed = "Les élèves ont été reçus à la préfecture après la fête de l'école.";
        var decomposed = Composed.Normalize(System.Text.NormalizationForm.FormD);
        Assert.NotEqual(Composed, decomposed);
        Assert.Equal(LanguageIdentifier.Default.Identify(Composed), LanguageIdentifier.Default.Identify(decomposed));
    }

    [Fact]
    public void Reads_only_the_first_characters_of_a_long_text()
    {
        var text = string.Concat(Enumerable.Repeat("Le gouvernement a présenté son projet de loi mercredi. ", 1000));
        Assert.True(text.Length > LanguageIdentifier.MaxChars);
        Assert.Equal("fr", LanguageIdentifier.Default.Identify(text).Code);
    }

    [Fact]
    public void Default_is_one_shared_instance()
    {
        Assert.Same(LanguageIdentifier.Default, LanguageIdentifier.Default);
    }
}
