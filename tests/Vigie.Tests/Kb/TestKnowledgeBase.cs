using Vigie.Kb;

namespace Vigie.Tests.Kb;

/// <summary>A small knowledge base written for the tests, in the statement format, so that rules are tested on facts the test controls.</summary>
internal static class TestKnowledgeBase
{
    public const string Statements = """
        # States, capitals, demonyms
        actor	country:RUS	country	Russia	RUS	-	-	144000000
        alias	country:RUS	fr	Russie
        alias	country:RUS	en	Russia
        alias	country:RUS	fr	russe	demonym
        alias	country:RUS	fr	russes	demonym
        alias	country:RUS	en	Russian	demonym
        alias	country:RUS	*	Kremlin	metonym
        actor	country:CHN	country	China	CHN	-	-	1400000000
        alias	country:CHN	fr	Chine
        alias	country:CHN	en	China
        alias	country:CHN	fr	chinoise	demonym
        alias	country:CHN	fr	chinois	demonym
        alias	country:CHN	en	Chinese	demonym
        actor	country:USA	country	United States	USA	-	-	330000000
        alias	country:USA	fr	États-Unis
        alias	country:USA	en	United States
        alias	country:USA	*	US	acronym
        alias	country:USA	fr	américain	demonym
        alias	country:USA	en	American	demonym
        actor	country:JOR	country	Jordan	JOR
        alias	country:JOR	en	Jordan
        actor	country:NLD	country	Netherlands	NLD
        alias	country:NLD	en	Netherlands
        actor	geonames:524901	place	Moscow	RUS	country:RUS	-	10000000
        alias	geonames:524901	*	Moscow
        alias	geonames:524901	fr	Moscou
        actor	geonames:1816670	place	Beijing	CHN	country:CHN	-	19000000
        alias	geonames:1816670	*	Beijing
        alias	geonames:1816670	fr	Pékin
        actor	geonames:4140963	place	Washington	USA	country:USA	-	690000
        alias	geonames:4140963	*	Washington
        actor	geonames:1	place	Alliance	USA	country:USA	-	22000
        alias	geonames:1	*	Alliance	name	common
        actor	geonames:2	place	Springfield	USA	country:USA	-	160000
        alias	geonames:2	*	Springfield
        actor	geonames:3	place	Springfield	USA	country:USA	-	110000
        alias	geonames:3	*	Springfield
        actor	geonames:3165243	place	Trento	ITA	country:ITA	-	117000
        alias	geonames:3165243	*	Trento
        alias	geonames:3165243	*	Trident	name	alternate
        actor	geonames:7260219	place	University	USA	country:USA	-	41000
        alias	geonames:7260219	*	University	name	common
        capital	country:RUS	geonames:524901
        capital	country:CHN	geonames:1816670
        capital	country:USA	geonames:4140963

        # An organisation with acronyms and an anaphor
        actor	Q7184	organization	NATO
        alias	Q7184	*	NATO	acronym
        alias	Q7184	*	OTAN	acronym
        alias	Q7184	fr	Alliance	anaphor
        alias	Q7184	en	Alliance	anaphor

        # People with dated offices
        actor	Q57792	person	Mark Rutte	NLD	-	m
        alias	Q57792	*	Mark Rutte
        alias	Q57792	*	Rutte	surname
        role	Q57792	leader	Q7184	2024-10-01	-	Secretary General of NATO
        role	Q57792	head_of_government	country:NLD	2010-10-14	2024-07-02	Prime Minister of the Netherlands
        actor	Q57665	person	Jens Stoltenberg	NOR	-	m
        alias	Q57665	*	Jens Stoltenberg
        alias	Q57665	*	Stoltenberg	surname
        role	Q57665	leader	Q7184	2014-10-01	2024-10-01	Secretary General of NATO
        actor	Q6279	person	Joe Biden	USA	-	m
        alias	Q6279	*	Joe Biden
        alias	Q6279	*	Biden	surname
        role	Q6279	head_of_state	country:USA	2021-01-20	2025-01-20	President of the United States
        actor	Q22686	person	Donald Trump	USA	-	m
        alias	Q22686	*	Donald Trump
        alias	Q22686	*	Trump	surname
        role	Q22686	head_of_state	country:USA	2025-01-20	-	President of the United States
        actor	Q7747	person	Vladimir Putin	RUS	-	m
        alias	Q7747	*	Vladimir Putin
        alias	Q7747	fr	Vladimir Poutine
        alias	Q7747	fr	Poutine	surname
        alias	Q7747	*	Putin	surname
        role	Q7747	head_of_state	country:RUS	2012-05-07	-	President of Russia
        actor	Q15031	person	Xi Jinping	CHN	-	m
        alias	Q15031	*	Xi Jinping
        alias	Q15031	*	Xi	surname
        role	Q15031	head_of_state	country:CHN	2013-03-14	-	President of China
        actor	Q11869065	person	Kaja Kallas	EST	-	f
        alias	Q11869065	*	Kaja Kallas
        alias	Q11869065	*	Kallas	surname
        actor	p:1	person	Boris Johnson	GBR
        alias	p:1	*	Boris Johnson
        alias	p:1	*	Johnson	surname
        role	p:1	head_of_government	country:GBR	2019-07-24	2022-09-06	Prime Minister of the United Kingdom
        actor	p:2	person	Lyndon Johnson	USA
        alias	p:2	*	Lyndon Johnson
        alias	p:2	*	Johnson	surname
        role	p:2	head_of_state	country:USA	1963-11-22	1969-01-20	President of the United States
        actor	p:3	person	Mike Johnson	USA
        alias	p:3	*	Mike Johnson
        alias	p:3	*	Johnson	surname
        role	p:3	legislature	country:USA	2023-10-25	-	Speaker of the House
        actor	p:4	person	Tom Johnson	GBR
        alias	p:4	*	Tom Johnson
        alias	p:4	*	Johnson	surname
        role	p:4	government	country:GBR	2015-01-01	2018-01-01	Government (GBR)

        actor	Q983324	person	Bongbong Marcos	PHL	-	m
        alias	Q983324	*	Bongbong Marcos
        alias	Q983324	*	Marcos	surname
        role	Q983324	head_of_state	country:PHL	2022-06-30	-	President of the Philippines

        # Common lower-case words
        words	fr	dans le la les il elle route une des de du
        words	en	the nice reading route he she university corps then
        words	given	scott jordan marine pierre mason
        """;

    private static readonly Lazy<KnowledgeBase> Instance = new(() => Load(Statements));

    public static KnowledgeBase Value => Instance.Value;

    public static KnowledgeBase Load(string statements)
    {
        var builder = new KnowledgeBaseBuilder();
        var problems = KbFile.Read(new StringReader(statements.Replace("\r\n", "\n", StringComparison.Ordinal)), builder, "test");
        Assert.Empty(problems);
        return builder.Build();
    }
}
