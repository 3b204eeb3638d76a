"""The 32 members of the 2017–2018 cycle: sixteen partner cities and sixteen EU cities.

Populations are rounded public figures from around 2017 (for Australian capitals, the
metropolitan area; for the Scottish Cities Alliance, its four participating cities together);
coordinates are each city's centre. Partner organisations are named only where they are the
city's own government or a well-known university of that city; otherwise the sector is
described.
"""

from . import City, Partner, T

SMART = "smart-city"
GREEN = "green-technologies"
ENERGY = "energy-efficiency"
LOW_CARBON = "low-carbon-development"
RURAL = "urban-rural-partnership"
BORDER = "cross-border-cooperation"

GOV, RES, BUS = "government", "research", "business"

CITIES = [
    # South Korea ---------------------------------------------------------------------------
    City(
        slug="seoul-songpa",
        title=T(
            "Seoul, Songpa district",
            ko="서울 송파구",
            vi="Quận Songpa, Seoul",
            id="Distrik Songpa, Seoul",
        ),
        kind="district",
        country="KR",
        population=660_000,
        latitude=37.5145,
        longitude=127.1059,
        themes=(SMART, ENERGY),
        website="https://www.songpa.go.kr",
        intro=T(
            "Songpa is a district in south-east Seoul, home to the Olympic Park of the 1988 Games and one of the most populous districts of the capital.",
            ko="송파구는 서울 남동부에 있는 자치구로, 1988년 올림픽의 올림픽공원이 있으며 서울에서 인구가 가장 많은 자치구 가운데 하나입니다.",
            vi="Songpa là một quận ở đông nam Seoul, nơi có Công viên Olympic của Thế vận hội 1988 và là một trong những quận đông dân nhất thủ đô.",
            id="Songpa adalah distrik di tenggara Seoul, tempat Taman Olimpiade dari Olimpiade 1988, dan salah satu distrik berpenduduk terbanyak di ibu kota.",
        ),
        goals=T(
            "Songpa wants to learn how a technology region links its university, its companies and its city hall, and how residents can test new urban services in living labs.",
            ko="송파구는 기술 중심 지역이 대학, 기업, 시청을 어떻게 연결하는지, 그리고 주민이 리빙랩에서 새로운 도시 서비스를 어떻게 시험해 볼 수 있는지 배우고자 합니다.",
            vi="Songpa muốn tìm hiểu cách một vùng công nghệ gắn kết trường đại học, doanh nghiệp và chính quyền thành phố, và cách người dân thử nghiệm các dịch vụ đô thị mới trong các phòng thí nghiệm sống (living lab).",
            id="Songpa ingin mempelajari cara sebuah kawasan teknologi menghubungkan universitas, perusahaan, dan balai kotanya, serta cara warga menguji layanan kota baru di laboratorium hidup (living lab).",
        ),
        offer=T(
            "The district can share its experience of running dense neighbourhoods with digital public services and large green spaces.",
            ko="송파구는 디지털 공공 서비스와 넓은 녹지를 갖춘 고밀도 생활권을 운영해 온 경험을 나눌 수 있습니다.",
            vi="Quận có thể chia sẻ kinh nghiệm quản lý các khu dân cư mật độ cao với dịch vụ công số và những không gian xanh rộng lớn.",
            id="Distrik ini dapat berbagi pengalaman mengelola lingkungan padat penduduk dengan layanan publik digital dan ruang hijau yang luas.",
        ),
        partners=(
            Partner(
                GOV,
                T(
                    "Songpa District Office",
                    ko="송파구청",
                    vi="Ủy ban quận Songpa",
                    id="Kantor Distrik Songpa",
                ),
                "https://www.songpa.go.kr",
            ),
            Partner(
                RES,
                T(
                    "Universities and research institutes in Seoul",
                    ko="서울의 대학과 연구기관",
                    vi="Các trường đại học và viện nghiên cứu tại Seoul",
                    id="Universitas dan lembaga penelitian di Seoul",
                ),
            ),
            Partner(
                BUS,
                T(
                    "Technology start-ups and small firms in the district",
                    ko="구내 기술 스타트업과 중소기업",
                    vi="Các công ty khởi nghiệp công nghệ và doanh nghiệp nhỏ trong quận",
                    id="Perusahaan rintisan teknologi dan usaha kecil di distrik ini",
                ),
            ),
        ),
    ),
    City(
        slug="suwon",
        title=T("Suwon", ko="수원", vi="Suwon", id="Suwon"),
        kind="city",
        country="KR",
        population=1_190_000,
        latitude=37.26357,
        longitude=127.0286,
        themes=(SMART, LOW_CARBON, GREEN),
        website="https://www.suwon.go.kr",
        intro=T(
            "Suwon, the capital of Gyeonggi Province, is a city of over a million people around the Hwaseong Fortress, a UNESCO World Heritage Site.",
            ko="경기도의 도청 소재지인 수원은 유네스코 세계유산 수원 화성을 품은 인구 100만 명이 넘는 도시입니다.",
            vi="Suwon, thủ phủ tỉnh Gyeonggi, là thành phố hơn một triệu dân quanh pháo đài Hwaseong, một Di sản Thế giới của UNESCO.",
            id="Suwon, ibu kota Provinsi Gyeonggi, adalah kota berpenduduk lebih dari satu juta jiwa di sekitar Benteng Hwaseong, Situs Warisan Dunia UNESCO.",
        ),
        goals=T(
            "Suwon wants to learn how several cities can share data platforms and investment plans, and how they cut emissions from buildings and transport.",
            ko="수원시는 여러 도시가 데이터 플랫폼과 투자 계획을 어떻게 공유하는지, 그리고 건물과 교통 부문의 배출을 어떻게 줄이는지 배우고자 합니다.",
            vi="Suwon muốn tìm hiểu cách nhiều thành phố cùng chia sẻ nền tảng dữ liệu và kế hoạch đầu tư, và cách cắt giảm phát thải từ tòa nhà và giao thông.",
            id="Suwon ingin mempelajari cara beberapa kota berbagi platform data dan rencana investasi, serta cara mengurangi emisi dari bangunan dan transportasi.",
        ),
        offer=T(
            "The city can share its experience of car-free neighbourhood festivals, citizen participation and the protection of a historic centre.",
            ko="수원시는 동네에서 자동차 없이 지내 보는 생태교통 축제, 시민 참여, 역사 도심 보존의 경험을 나눌 수 있습니다.",
            vi="Thành phố có thể chia sẻ kinh nghiệm tổ chức lễ hội khu phố không ô tô, thu hút người dân tham gia và bảo tồn khu trung tâm lịch sử.",
            id="Kota ini dapat berbagi pengalaman menyelenggarakan festival lingkungan bebas mobil, partisipasi warga, dan pelestarian pusat kota bersejarah.",
        ),
        partners=(
            Partner(
                GOV,
                T(
                    "Suwon City Hall",
                    ko="수원시청",
                    vi="Tòa thị chính Suwon",
                    id="Balai Kota Suwon",
                ),
                "https://www.suwon.go.kr",
            ),
            Partner(
                RES,
                T(
                    "Universities with campuses in Suwon",
                    ko="수원에 캠퍼스를 둔 대학들",
                    vi="Các trường đại học có cơ sở tại Suwon",
                    id="Universitas yang memiliki kampus di Suwon",
                ),
            ),
            Partner(
                BUS,
                T(
                    "Electronics and technology companies in the city",
                    ko="시내 전자·기술 기업",
                    vi="Các doanh nghiệp điện tử và công nghệ trong thành phố",
                    id="Perusahaan elektronik dan teknologi di kota ini",
                ),
            ),
        ),
    ),
    City(
        slug="gwangju",
        title=T("Gwangju", ko="광주", vi="Gwangju", id="Gwangju"),
        kind="city",
        country="KR",
        population=1_460_000,
        latitude=35.15955,
        longitude=126.8526,
        themes=(SMART, ENERGY, GREEN),
        website="https://www.gwangju.go.kr",
        intro=T(
            "Gwangju is a metropolitan city in the south-west of Korea, with a strong automotive and photonics industry and a tradition of civic participation.",
            ko="광주는 한국 남서부의 광역시로, 자동차 산업과 광산업이 발달했고 시민 참여의 전통이 깊습니다.",
            vi="Gwangju là thành phố trực thuộc trung ương ở tây nam Hàn Quốc, có ngành công nghiệp ô tô và quang tử mạnh cùng truyền thống tham gia của người dân.",
            id="Gwangju adalah kota metropolitan di barat daya Korea, dengan industri otomotif dan fotonik yang kuat serta tradisi partisipasi warga.",
        ),
        goals=T(
            "Gwangju wants to learn how a mid-sized European city builds a smart city programme with its universities and companies, and how it opens city data.",
            ko="광주는 유럽의 중간 규모 도시가 대학 및 기업과 함께 스마트 시티 계획을 세우는 방법과 도시 데이터를 개방하는 방법을 배우고자 합니다.",
            vi="Gwangju muốn tìm hiểu cách một thành phố châu Âu quy mô vừa xây dựng chương trình thành phố thông minh cùng các trường đại học và doanh nghiệp, và cách mở dữ liệu đô thị.",
            id="Gwangju ingin mempelajari cara kota Eropa berukuran sedang membangun program kota cerdas bersama universitas dan perusahaannya, serta cara membuka data kota.",
        ),
        offer=T(
            "The city can share its experience with energy-saving lighting technology and with residents' participation in city decisions.",
            ko="광주는 에너지를 절약하는 조명 기술과 시정 결정에 주민이 참여하는 경험을 나눌 수 있습니다.",
            vi="Thành phố có thể chia sẻ kinh nghiệm về công nghệ chiếu sáng tiết kiệm năng lượng và về sự tham gia của người dân vào các quyết định của thành phố.",
            id="Kota ini dapat berbagi pengalaman dengan teknologi penerangan hemat energi dan partisipasi warga dalam keputusan kota.",
        ),
        partners=(
            Partner(
                GOV,
                T(
                    "Gwangju Metropolitan City",
                    ko="광주광역시",
                    vi="Chính quyền thành phố Gwangju",
                    id="Pemerintah Kota Metropolitan Gwangju",
                ),
                "https://www.gwangju.go.kr",
            ),
            Partner(
                RES,
                T(
                    "Gwangju Institute of Science and Technology (GIST)",
                    ko="광주과학기술원(GIST)",
                    vi="Viện Khoa học và Công nghệ Gwangju (GIST)",
                    id="Institut Sains dan Teknologi Gwangju (GIST)",
                ),
                "https://www.gist.ac.kr",
            ),
            Partner(
                BUS,
                T(
                    "Automotive and photonics companies of the region",
                    ko="지역의 자동차·광산업 기업",
                    vi="Các doanh nghiệp ô tô và quang tử của vùng",
                    id="Perusahaan otomotif dan fotonik di wilayah ini",
                ),
            ),
        ),
    ),
    City(
        slug="busan",
        title=T("Busan", ko="부산", vi="Busan", id="Busan"),
        kind="city",
        country="KR",
        population=3_450_000,
        latitude=35.17955,
        longitude=129.07564,
        themes=(SMART, LOW_CARBON, GREEN),
        website="https://www.busan.go.kr",
        intro=T(
            "Busan is Korea's second city and largest port, on the south-east coast.",
            ko="부산은 한국 남동 해안에 자리한 제2의 도시이자 최대 항구 도시입니다.",
            vi="Busan là thành phố lớn thứ hai và là cảng lớn nhất Hàn Quốc, nằm trên bờ biển phía đông nam.",
            id="Busan adalah kota terbesar kedua dan pelabuhan terbesar di Korea, terletak di pesisir tenggara.",
        ),
        goals=T(
            "Busan wants to learn how Barcelona turned old industrial land into an innovation district and how it governs urban data.",
            ko="부산시는 바르셀로나가 오래된 공업 지역을 혁신 지구로 바꾼 방법과 도시 데이터를 관리하는 방법을 배우고자 합니다.",
            vi="Busan muốn tìm hiểu cách Barcelona biến khu công nghiệp cũ thành một khu đổi mới sáng tạo và cách thành phố quản trị dữ liệu đô thị.",
            id="Busan ingin mempelajari cara Barcelona mengubah lahan industri lama menjadi distrik inovasi dan cara kota itu mengelola data perkotaan.",
        ),
        offer=T(
            "The city can share its experience with a large port, with planning a new smart city district on the Nakdong river delta, and with coastal resilience.",
            ko="부산시는 대형 항만 운영, 낙동강 하구의 새로운 스마트 시티 지구 계획, 해안 재해 대응의 경험을 나눌 수 있습니다.",
            vi="Thành phố có thể chia sẻ kinh nghiệm vận hành một cảng lớn, quy hoạch khu đô thị thông minh mới ở châu thổ sông Nakdong và ứng phó rủi ro vùng ven biển.",
            id="Kota ini dapat berbagi pengalaman mengelola pelabuhan besar, merencanakan distrik kota cerdas baru di delta Sungai Nakdong, dan ketahanan pesisir.",
        ),
        partners=(
            Partner(
                GOV,
                T(
                    "Busan Metropolitan City",
                    ko="부산광역시",
                    vi="Chính quyền thành phố Busan",
                    id="Pemerintah Kota Metropolitan Busan",
                ),
                "https://www.busan.go.kr",
            ),
            Partner(
                RES,
                T(
                    "Pusan National University",
                    ko="부산대학교",
                    vi="Đại học Quốc gia Pusan",
                    id="Universitas Nasional Pusan",
                ),
                "https://www.pusan.ac.kr",
            ),
            Partner(
                BUS,
                T(
                    "Port, logistics and shipbuilding companies",
                    ko="항만·물류·조선 기업",
                    vi="Các doanh nghiệp cảng biển, logistics và đóng tàu",
                    id="Perusahaan pelabuhan, logistik, dan galangan kapal",
                ),
            ),
        ),
    ),
    # Australia -----------------------------------------------------------------------------
    City(
        slug="adelaide",
        title=T("Adelaide", ko="애들레이드", vi="Adelaide", id="Adelaide"),
        kind="city",
        country="AU",
        population=1_330_000,
        latitude=-34.9285,
        longitude=138.60074,
        themes=(LOW_CARBON, ENERGY, SMART),
        website="https://www.cityofadelaide.com.au",
        intro=T(
            "Adelaide is the capital of South Australia; the City of Adelaide and the state government have set out to make it one of the world's first carbon-neutral cities.",
            ko="애들레이드는 남호주의 주도로, 애들레이드시와 주 정부는 이곳을 세계 최초의 탄소중립 도시 가운데 하나로 만들겠다는 목표를 세웠습니다.",
            vi="Adelaide là thủ phủ bang Nam Úc; chính quyền thành phố Adelaide và chính quyền bang đặt mục tiêu biến nơi đây thành một trong những thành phố trung hòa các-bon đầu tiên trên thế giới.",
            id="Adelaide adalah ibu kota Australia Selatan; Pemerintah Kota Adelaide dan pemerintah negara bagian bertekad menjadikannya salah satu kota netral karbon pertama di dunia.",
        ),
        goals=T(
            "Adelaide wants to learn how Manchester links its universities and digital companies to city services, and how a large city plans for zero carbon.",
            ko="애들레이드는 맨체스터가 대학과 디지털 기업을 도시 서비스와 연결하는 방식과 대도시가 탄소 제로를 계획하는 방식을 배우고자 합니다.",
            vi="Adelaide muốn tìm hiểu cách Manchester gắn kết các trường đại học và doanh nghiệp số với dịch vụ đô thị, và cách một thành phố lớn lập kế hoạch phát thải ròng bằng không.",
            id="Adelaide ingin mempelajari cara Manchester menghubungkan universitas dan perusahaan digitalnya dengan layanan kota, serta cara kota besar merencanakan nol karbon.",
        ),
        offer=T(
            "The city can share its carbon-neutral strategy, its incentives for solar power and energy storage, and its experience with a free public wifi network in the city.",
            ko="애들레이드는 탄소중립 전략, 태양광 발전과 에너지 저장 장치에 대한 지원 제도, 도심의 무료 공공 와이파이 운영 경험을 나눌 수 있습니다.",
            vi="Thành phố có thể chia sẻ chiến lược trung hòa các-bon, các chương trình hỗ trợ điện mặt trời và lưu trữ năng lượng, cùng kinh nghiệm vận hành mạng wifi công cộng miễn phí trong thành phố.",
            id="Kota ini dapat berbagi strategi netral karbonnya, insentif untuk tenaga surya dan penyimpanan energi, serta pengalamannya dengan jaringan wifi publik gratis di kota.",
        ),
        partners=(
            Partner(
                GOV,
                T(
                    "City of Adelaide",
                    ko="애들레이드시",
                    vi="Thành phố Adelaide",
                    id="Kota Adelaide",
                ),
                "https://www.cityofadelaide.com.au",
            ),
            Partner(
                RES,
                T(
                    "University of Adelaide",
                    ko="애들레이드 대학교",
                    vi="Đại học Adelaide",
                    id="Universitas Adelaide",
                ),
                "https://www.adelaide.edu.au",
            ),
            Partner(
                BUS,
                T(
                    "Clean energy and technology companies in South Australia",
                    ko="남호주의 청정에너지·기술 기업",
                    vi="Các doanh nghiệp năng lượng sạch và công nghệ ở Nam Úc",
                    id="Perusahaan energi bersih dan teknologi di Australia Selatan",
                ),
            ),
        ),
    ),
    City(
        slug="canberra",
        title=T("Canberra", ko="캔버라", vi="Canberra", id="Canberra"),
        kind="city",
        country="AU",
        population=410_000,
        latitude=-35.28093,
        longitude=149.13,
        themes=(LOW_CARBON, ENERGY, SMART),
        website="https://www.act.gov.au",
        intro=T(
            "Canberra is Australia's planned capital city, built around a lake and governed by the Australian Capital Territory government.",
            ko="캔버라는 호수를 중심으로 계획된 호주의 수도로, 호주 수도 준주(ACT) 정부가 운영합니다.",
            vi="Canberra là thủ đô được quy hoạch của Úc, xây dựng quanh một hồ nước và do chính quyền Lãnh thổ Thủ đô Úc quản lý.",
            id="Canberra adalah ibu kota Australia yang direncanakan, dibangun di sekitar danau dan dikelola oleh pemerintah Wilayah Ibu Kota Australia.",
        ),
        goals=T(
            "Canberra wants to learn how an old European capital protects its heritage while it modernises transport, energy and digital services.",
            ko="캔버라는 유럽의 오래된 수도가 유산을 지키면서 교통, 에너지, 디지털 서비스를 현대화하는 방법을 배우고자 합니다.",
            vi="Canberra muốn tìm hiểu cách một thủ đô lâu đời của châu Âu bảo tồn di sản trong khi hiện đại hóa giao thông, năng lượng và dịch vụ số.",
            id="Canberra ingin mempelajari cara ibu kota Eropa yang tua menjaga warisannya sambil memodernisasi transportasi, energi, dan layanan digital.",
        ),
        offer=T(
            "The territory can share how it contracted enough wind and solar power to aim for 100 per cent renewable electricity by 2020.",
            ko="캔버라는 충분한 풍력과 태양광 전력을 계약해 2020년까지 전력을 100% 재생에너지로 공급한다는 목표를 추진한 경험을 나눌 수 있습니다.",
            vi="Vùng lãnh thổ có thể chia sẻ cách đã ký hợp đồng mua đủ điện gió và điện mặt trời để hướng tới 100% điện tái tạo vào năm 2020.",
            id="Wilayah ini dapat berbagi cara mengontrak tenaga angin dan surya yang cukup untuk menargetkan listrik 100 persen terbarukan pada tahun 2020.",
        ),
        partners=(
            Partner(
                GOV,
                T(
                    "ACT Government",
                    ko="ACT 정부",
                    vi="Chính quyền Lãnh thổ Thủ đô Úc (ACT)",
                    id="Pemerintah ACT",
                ),
                "https://www.act.gov.au",
            ),
            Partner(
                RES,
                T(
                    "Australian National University",
                    ko="호주국립대학교",
                    vi="Đại học Quốc gia Úc",
                    id="Universitas Nasional Australia",
                ),
                "https://www.anu.edu.au",
            ),
            Partner(
                BUS,
                T(
                    "Renewable energy and digital companies in the region",
                    ko="지역의 재생에너지·디지털 기업",
                    vi="Các doanh nghiệp năng lượng tái tạo và công nghệ số trong vùng",
                    id="Perusahaan energi terbarukan dan digital di wilayah ini",
                ),
            ),
        ),
    ),
    City(
        slug="hobart",
        title=T("Hobart", ko="호바트", vi="Hobart", id="Hobart"),
        kind="city",
        country="AU",
        population=230_000,
        latitude=-42.88214,
        longitude=147.3272,
        themes=(GREEN, LOW_CARBON, RURAL),
        website="https://www.hobartcity.com.au",
        intro=T(
            "Hobart, capital of Tasmania, is a harbour city under Mount Wellington and Australia's gateway to the Antarctic.",
            ko="태즈메이니아의 주도 호바트는 웰링턴산 아래 자리한 항구 도시이자 호주의 남극 관문입니다.",
            vi="Hobart, thủ phủ bang Tasmania, là thành phố cảng dưới chân núi Wellington và là cửa ngõ của Úc tới châu Nam Cực.",
            id="Hobart, ibu kota Tasmania, adalah kota pelabuhan di kaki Gunung Wellington dan gerbang Australia menuju Antarktika.",
        ),
        goals=T(
            "Hobart wants to learn how a former coal city changes its economy, and how European cities manage growth in tourism and housing.",
            ko="호바트는 석탄 도시였던 곳이 경제 구조를 어떻게 바꾸는지, 그리고 유럽 도시들이 관광과 주택 수요의 증가를 어떻게 관리하는지 배우고자 합니다.",
            vi="Hobart muốn tìm hiểu cách một thành phố từng sống nhờ than đá chuyển đổi nền kinh tế, và cách các thành phố châu Âu quản lý sự tăng trưởng của du lịch và nhà ở.",
            id="Hobart ingin mempelajari cara bekas kota batu bara mengubah ekonominya dan cara kota-kota Eropa mengelola pertumbuhan pariwisata dan perumahan.",
        ),
        offer=T(
            "The city can share its experience with a small, science-based economy around Antarctic and marine research, and with bushfire-aware planning.",
            ko="호바트는 남극·해양 연구를 중심으로 한 과학 기반의 작은 경제와 산불 위험을 고려한 도시계획 경험을 나눌 수 있습니다.",
            vi="Thành phố có thể chia sẻ kinh nghiệm về một nền kinh tế nhỏ dựa trên khoa học xoay quanh nghiên cứu Nam Cực và biển, và về quy hoạch có tính đến nguy cơ cháy rừng.",
            id="Kota ini dapat berbagi pengalaman dengan ekonomi kecil berbasis sains di sekitar penelitian Antarktika dan kelautan, serta perencanaan yang memperhitungkan kebakaran hutan.",
        ),
        partners=(
            Partner(
                GOV,
                T("City of Hobart", ko="호바트시", vi="Thành phố Hobart", id="Kota Hobart"),
                "https://www.hobartcity.com.au",
            ),
            Partner(
                RES,
                T(
                    "University of Tasmania",
                    ko="태즈메이니아 대학교",
                    vi="Đại học Tasmania",
                    id="Universitas Tasmania",
                ),
                "https://www.utas.edu.au",
            ),
            Partner(
                BUS,
                T(
                    "Antarctic, marine and tourism businesses",
                    ko="남극·해양·관광 관련 기업",
                    vi="Các doanh nghiệp về Nam Cực, biển và du lịch",
                    id="Usaha di bidang Antarktika, kelautan, dan pariwisata",
                ),
            ),
        ),
    ),
    City(
        slug="melbourne",
        title=T("Melbourne", ko="멜버른", vi="Melbourne", id="Melbourne"),
        kind="city",
        country="AU",
        population=4_850_000,
        latitude=-37.81363,
        longitude=144.96306,
        themes=(LOW_CARBON, SMART, ENERGY),
        website="https://www.melbourne.vic.gov.au",
        intro=T(
            "Melbourne, capital of Victoria, is Australia's second-largest city and a centre of education, culture and research.",
            ko="빅토리아주의 주도 멜버른은 호주 제2의 도시이자 교육, 문화, 연구의 중심지입니다.",
            vi="Melbourne, thủ phủ bang Victoria, là thành phố lớn thứ hai của Úc và là trung tâm giáo dục, văn hóa và nghiên cứu.",
            id="Melbourne, ibu kota Victoria, adalah kota terbesar kedua di Australia dan pusat pendidikan, budaya, dan penelitian.",
        ),
        goals=T(
            "Melbourne wants to learn how Hamburg develops a new city district on its harbour and how it uses digital tools in its port.",
            ko="멜버른은 함부르크가 항만 지역에 새 도시 지구를 조성하는 방식과 항만에서 디지털 도구를 활용하는 방식을 배우고자 합니다.",
            vi="Melbourne muốn tìm hiểu cách Hamburg phát triển một khu đô thị mới bên cảng và cách sử dụng công cụ số tại cảng.",
            id="Melbourne ingin mempelajari cara Hamburg mengembangkan distrik kota baru di pelabuhannya dan cara memanfaatkan perangkat digital di pelabuhan.",
        ),
        offer=T(
            "The city can share its Melbourne Renewable Energy Project, in which the council and other large buyers together contracted power from a new wind farm.",
            ko="멜버른은 시의회와 다른 대규모 구매자들이 함께 새 풍력발전소의 전력을 구매 계약한 '멜버른 재생에너지 프로젝트'를 나눌 수 있습니다.",
            vi="Thành phố có thể chia sẻ Dự án Năng lượng Tái tạo Melbourne, trong đó chính quyền thành phố và các bên mua lớn khác cùng ký hợp đồng mua điện từ một trang trại gió mới.",
            id="Kota ini dapat berbagi Proyek Energi Terbarukan Melbourne, di mana dewan kota dan pembeli besar lainnya bersama-sama mengontrak listrik dari ladang angin baru.",
        ),
        partners=(
            Partner(
                GOV,
                T(
                    "City of Melbourne",
                    ko="멜버른시",
                    vi="Thành phố Melbourne",
                    id="Kota Melbourne",
                ),
                "https://www.melbourne.vic.gov.au",
            ),
            Partner(
                RES,
                T(
                    "The University of Melbourne",
                    ko="멜버른 대학교",
                    vi="Đại học Melbourne",
                    id="Universitas Melbourne",
                ),
                "https://www.unimelb.edu.au",
            ),
            Partner(
                BUS,
                T(
                    "Large energy buyers and technology firms in the city",
                    ko="시내의 대규모 에너지 구매 기업과 기술 기업",
                    vi="Các bên mua năng lượng lớn và doanh nghiệp công nghệ trong thành phố",
                    id="Pembeli energi besar dan perusahaan teknologi di kota ini",
                ),
            ),
        ),
    ),
    # South Africa --------------------------------------------------------------------------
    City(
        slug="ethekwini-durban",
        title=T(
            "eThekwini (Durban)",
            ko="에테퀴니(더반)",
            vi="eThekwini (Durban)",
            id="eThekwini (Durban)",
        ),
        kind="metropolitan",
        country="ZA",
        population=3_700_000,
        latitude=-29.85868,
        longitude=31.02184,
        themes=(LOW_CARBON, RURAL, GREEN),
        website="https://www.durban.gov.za",
        intro=T(
            "eThekwini is the metropolitan municipality of Durban on South Africa's east coast, with one of Africa's busiest ports and large rural areas inside its borders.",
            ko="에테퀴니는 남아프리카 공화국 동부 해안의 더반을 아우르는 광역 자치단체로, 아프리카에서 가장 분주한 항구 가운데 하나가 있고 관할 구역 안에 넓은 농촌 지역이 있습니다.",
            vi="eThekwini là đô thị tự quản cấp vùng của Durban trên bờ biển phía đông Nam Phi, có một trong những cảng bận rộn nhất châu Phi và những vùng nông thôn rộng lớn trong ranh giới của mình.",
            id="eThekwini adalah kotamadya metropolitan Durban di pesisir timur Afrika Selatan, dengan salah satu pelabuhan tersibuk di Afrika dan wilayah perdesaan yang luas di dalam batasnya.",
        ),
        goals=T(
            "eThekwini wants to learn how Belfast regenerated its waterfront and former industrial land, and how it involves communities in planning.",
            ko="에테퀴니는 벨파스트가 수변과 옛 공업 지역을 재생한 방법과 계획 과정에 지역사회를 참여시키는 방법을 배우고자 합니다.",
            vi="eThekwini muốn tìm hiểu cách Belfast tái thiết khu bờ sông và đất công nghiệp cũ, và cách đưa cộng đồng tham gia quy hoạch.",
            id="eThekwini ingin mempelajari cara Belfast meremajakan kawasan tepi airnya dan bekas lahan industri, serta cara melibatkan masyarakat dalam perencanaan.",
        ),
        offer=T(
            "The municipality can share its long experience in climate adaptation planning and in linking the city with its rural areas.",
            ko="에테퀴니는 오랜 기후 적응 계획 경험과 도시와 농촌 지역을 연결해 온 경험을 나눌 수 있습니다.",
            vi="Đô thị này có thể chia sẻ kinh nghiệm lâu năm về lập kế hoạch thích ứng với biến đổi khí hậu và về gắn kết thành phố với các vùng nông thôn.",
            id="Kotamadya ini dapat berbagi pengalaman panjangnya dalam perencanaan adaptasi iklim dan dalam menghubungkan kota dengan wilayah perdesaannya.",
        ),
        partners=(
            Partner(
                GOV,
                T(
                    "eThekwini Municipality",
                    ko="에테퀴니 시",
                    vi="Chính quyền đô thị eThekwini",
                    id="Pemerintah Kotamadya eThekwini",
                ),
                "https://www.durban.gov.za",
            ),
            Partner(
                RES,
                T(
                    "University of KwaZulu-Natal",
                    ko="콰줄루나탈 대학교",
                    vi="Đại học KwaZulu-Natal",
                    id="Universitas KwaZulu-Natal",
                ),
                "https://ukzn.ac.za",
            ),
            Partner(
                BUS,
                T(
                    "Port, logistics and manufacturing companies of Durban",
                    ko="더반의 항만·물류·제조 기업",
                    vi="Các doanh nghiệp cảng, logistics và sản xuất của Durban",
                    id="Perusahaan pelabuhan, logistik, dan manufaktur di Durban",
                ),
            ),
        ),
    ),
    City(
        slug="cape-town",
        title=T("Cape Town", ko="케이프타운", vi="Cape Town", id="Cape Town"),
        kind="metropolitan",
        country="ZA",
        population=4_000_000,
        latitude=-33.92487,
        longitude=18.42406,
        themes=(GREEN, ENERGY, LOW_CARBON),
        website="https://www.capetown.gov.za",
        intro=T(
            "Cape Town is South Africa's legislative capital, a city between mountain and ocean; in 2017 and 2018 it faced one of the worst droughts in its history.",
            ko="케이프타운은 남아프리카 공화국의 입법 수도이자 산과 바다 사이에 자리한 도시로, 2017~2018년에 역사상 가장 심각한 가뭄 가운데 하나를 겪었습니다.",
            vi="Cape Town là thủ đô lập pháp của Nam Phi, một thành phố nằm giữa núi và biển; trong hai năm 2017 và 2018, thành phố đã trải qua một trong những đợt hạn hán tồi tệ nhất trong lịch sử.",
            id="Cape Town adalah ibu kota legislatif Afrika Selatan, kota di antara gunung dan samudra; pada 2017 dan 2018 kota ini menghadapi salah satu kekeringan terburuk dalam sejarahnya.",
        ),
        goals=T(
            "Cape Town wants to learn how Bilbao regenerated its river and industrial areas and how Basque institutions support industry and research together.",
            ko="케이프타운은 빌바오가 강과 공업 지역을 재생한 방법과 바스크 기관들이 산업과 연구를 함께 지원하는 방법을 배우고자 합니다.",
            vi="Cape Town muốn tìm hiểu cách Bilbao hồi sinh dòng sông và các khu công nghiệp, và cách các cơ quan xứ Basque cùng hỗ trợ công nghiệp và nghiên cứu.",
            id="Cape Town ingin mempelajari cara Bilbao meremajakan sungai dan kawasan industrinya, serta cara lembaga-lembaga Basque mendukung industri dan penelitian bersama-sama.",
        ),
        offer=T(
            "The city can share how it cut water use sharply during the drought, and its work on green economy jobs and energy efficiency in municipal buildings.",
            ko="케이프타운은 가뭄 동안 물 사용량을 크게 줄인 방법과 녹색 경제 일자리, 시 소유 건물의 에너지 효율 사업을 나눌 수 있습니다.",
            vi="Thành phố có thể chia sẻ cách đã cắt giảm mạnh lượng nước sử dụng trong thời gian hạn hán, cùng các hoạt động về việc làm trong nền kinh tế xanh và hiệu quả năng lượng trong các tòa nhà của thành phố.",
            id="Kota ini dapat berbagi cara mengurangi pemakaian air secara drastis selama kekeringan, serta upayanya di bidang lapangan kerja ekonomi hijau dan efisiensi energi di gedung-gedung milik kota.",
        ),
        partners=(
            Partner(
                GOV,
                T(
                    "City of Cape Town",
                    ko="케이프타운시",
                    vi="Thành phố Cape Town",
                    id="Kota Cape Town",
                ),
                "https://www.capetown.gov.za",
            ),
            Partner(
                RES,
                T(
                    "University of Cape Town",
                    ko="케이프타운 대학교",
                    vi="Đại học Cape Town",
                    id="Universitas Cape Town",
                ),
                "https://www.uct.ac.za",
            ),
            Partner(
                BUS,
                T(
                    "Green economy companies of the Western Cape",
                    ko="웨스턴케이프주의 녹색 경제 기업",
                    vi="Các doanh nghiệp kinh tế xanh của tỉnh Western Cape",
                    id="Perusahaan ekonomi hijau di Western Cape",
                ),
            ),
        ),
    ),
    City(
        slug="ekurhuleni",
        title=T("Ekurhuleni", ko="에쿠르훌레니", vi="Ekurhuleni", id="Ekurhuleni"),
        kind="metropolitan",
        country="ZA",
        population=3_380_000,
        latitude=-26.217,
        longitude=28.17,
        themes=(GREEN, ENERGY, LOW_CARBON),
        website="https://www.ekurhuleni.gov.za",
        intro=T(
            "Ekurhuleni is a metropolitan municipality east of Johannesburg, home to O. R. Tambo International Airport and to a large share of South Africa's manufacturing.",
            ko="에쿠르훌레니는 요하네스버그 동쪽의 광역 자치단체로, O. R. 탐보 국제공항이 있으며 남아프리카 공화국 제조업의 큰 몫을 차지합니다.",
            vi="Ekurhuleni là đô thị tự quản cấp vùng ở phía đông Johannesburg, nơi có Sân bay Quốc tế O. R. Tambo và chiếm một phần đáng kể ngành sản xuất của Nam Phi.",
            id="Ekurhuleni adalah kotamadya metropolitan di sebelah timur Johannesburg, tempat Bandara Internasional O. R. Tambo dan sebagian besar industri manufaktur Afrika Selatan berada.",
        ),
        goals=T(
            "Ekurhuleni wants to learn how Graz works with its universities and companies on green technology, and how it makes public buildings and transport use less energy.",
            ko="에쿠르훌레니는 그라츠가 대학 및 기업과 함께 녹색 기술을 개발하는 방식과 공공건물과 교통의 에너지 사용을 줄이는 방법을 배우고자 합니다.",
            vi="Ekurhuleni muốn tìm hiểu cách Graz hợp tác với các trường đại học và doanh nghiệp về công nghệ xanh, và cách giảm tiêu thụ năng lượng của các tòa nhà công và giao thông.",
            id="Ekurhuleni ingin mempelajari cara Graz bekerja sama dengan universitas dan perusahaannya di bidang teknologi hijau, serta cara membuat gedung publik dan transportasi lebih hemat energi.",
        ),
        offer=T(
            "The municipality can share its experience of planning industry, housing and transport around a major international airport.",
            ko="에쿠르훌레니는 대형 국제공항을 중심으로 산업, 주거, 교통을 계획해 온 경험을 나눌 수 있습니다.",
            vi="Đô thị này có thể chia sẻ kinh nghiệm quy hoạch công nghiệp, nhà ở và giao thông xung quanh một sân bay quốc tế lớn.",
            id="Kotamadya ini dapat berbagi pengalaman merencanakan industri, perumahan, dan transportasi di sekitar bandara internasional besar.",
        ),
        partners=(
            Partner(
                GOV,
                T(
                    "City of Ekurhuleni",
                    ko="에쿠르훌레니시",
                    vi="Thành phố Ekurhuleni",
                    id="Kota Ekurhuleni",
                ),
                "https://www.ekurhuleni.gov.za",
            ),
            Partner(
                RES,
                T(
                    "Universities and research councils of Gauteng",
                    ko="하우텡주의 대학과 연구 기관",
                    vi="Các trường đại học và hội đồng nghiên cứu của tỉnh Gauteng",
                    id="Universitas dan dewan riset di Gauteng",
                ),
            ),
            Partner(
                BUS,
                T(
                    "Manufacturing and logistics companies near the airport",
                    ko="공항 주변의 제조·물류 기업",
                    vi="Các doanh nghiệp sản xuất và logistics gần sân bay",
                    id="Perusahaan manufaktur dan logistik di sekitar bandara",
                ),
            ),
        ),
    ),
    City(
        slug="nelson-mandela-bay",
        title=T(
            "Nelson Mandela Bay",
            ko="넬슨 만델라 베이",
            vi="Nelson Mandela Bay",
            id="Nelson Mandela Bay",
        ),
        kind="metropolitan",
        country="ZA",
        population=1_260_000,
        latitude=-33.9608,
        longitude=25.6022,
        themes=(GREEN, ENERGY, LOW_CARBON),
        website="https://www.nelsonmandelabay.gov.za",
        intro=T(
            "Nelson Mandela Bay is the metropolitan municipality of Gqeberha (formerly Port Elizabeth) and Kariega on the Eastern Cape coast, a centre of South Africa's car industry.",
            ko="넬슨 만델라 베이는 이스턴케이프주 해안의 그케베하(옛 포트엘리자베스)와 카리에가를 아우르는 광역 자치단체로, 남아프리카 공화국 자동차 산업의 중심지입니다.",
            vi="Nelson Mandela Bay là đô thị tự quản cấp vùng gồm Gqeberha (trước đây là Port Elizabeth) và Kariega trên bờ biển tỉnh Eastern Cape, một trung tâm của ngành ô tô Nam Phi.",
            id="Nelson Mandela Bay adalah kotamadya metropolitan yang mencakup Gqeberha (dahulu Port Elizabeth) dan Kariega di pesisir Eastern Cape, pusat industri mobil Afrika Selatan.",
        ),
        goals=T(
            "Nelson Mandela Bay wants to learn how Málaga built a technology park and a tourism economy, and how it uses smart grids to save energy.",
            ko="넬슨 만델라 베이는 말라가가 기술 단지와 관광 경제를 일군 방법과 스마트 그리드로 에너지를 절약하는 방법을 배우고자 합니다.",
            vi="Nelson Mandela Bay muốn tìm hiểu cách Málaga xây dựng khu công nghệ và nền kinh tế du lịch, và cách sử dụng lưới điện thông minh để tiết kiệm năng lượng.",
            id="Nelson Mandela Bay ingin mempelajari cara Málaga membangun taman teknologi dan ekonomi pariwisata, serta cara memakai jaringan listrik pintar untuk menghemat energi.",
        ),
        offer=T(
            "The municipality can share its experience with the automotive industry and its suppliers, and with a large industrial development zone and deep-water port at Coega.",
            ko="넬슨 만델라 베이는 자동차 산업과 협력업체에 관한 경험, 그리고 코에가의 대규모 산업개발구역과 심해항 운영 경험을 나눌 수 있습니다.",
            vi="Đô thị này có thể chia sẻ kinh nghiệm với ngành công nghiệp ô tô và các nhà cung ứng, cùng với khu phát triển công nghiệp lớn và cảng nước sâu tại Coega.",
            id="Kotamadya ini dapat berbagi pengalamannya dengan industri otomotif dan para pemasoknya, serta dengan kawasan pengembangan industri besar dan pelabuhan laut dalam di Coega.",
        ),
        partners=(
            Partner(
                GOV,
                T(
                    "Nelson Mandela Bay Municipality",
                    ko="넬슨 만델라 베이 시",
                    vi="Chính quyền đô thị Nelson Mandela Bay",
                    id="Pemerintah Kotamadya Nelson Mandela Bay",
                ),
                "https://www.nelsonmandelabay.gov.za",
            ),
            Partner(
                RES,
                T(
                    "Nelson Mandela University",
                    ko="넬슨 만델라 대학교",
                    vi="Đại học Nelson Mandela",
                    id="Universitas Nelson Mandela",
                ),
                "https://www.mandela.ac.za",
            ),
            Partner(
                BUS,
                T(
                    "Automotive manufacturers and their suppliers",
                    ko="자동차 제조사와 협력업체",
                    vi="Các nhà sản xuất ô tô và nhà cung ứng",
                    id="Produsen otomotif dan para pemasoknya",
                ),
            ),
        ),
    ),
    # Indonesia -----------------------------------------------------------------------------
    City(
        slug="semarang",
        title=T("Semarang", ko="스마랑", vi="Semarang", id="Semarang"),
        kind="city",
        country="ID",
        population=1_650_000,
        latitude=-6.96667,
        longitude=110.41667,
        themes=(SMART, ENERGY, LOW_CARBON),
        website="https://semarangkota.go.id",
        intro=T(
            "Semarang, capital of Central Java, is a port city on Java's north coast that lives with tidal flooding and sinking ground.",
            ko="중부 자와주의 주도 스마랑은 자와섬 북부 해안의 항구 도시로, 밀물 침수와 지반 침하를 안고 살아가는 도시입니다.",
            vi="Semarang, thủ phủ tỉnh Trung Java, là thành phố cảng trên bờ biển phía bắc đảo Java, thường xuyên đối mặt với ngập do triều cường và sụt lún đất.",
            id="Semarang, ibu kota Jawa Tengah, adalah kota pelabuhan di pantai utara Jawa yang hidup berdampingan dengan banjir rob dan penurunan muka tanah.",
        ),
        goals=T(
            "Semarang wants to learn how Zagreb manages city data and public services digitally, and how it improves energy efficiency in public buildings.",
            ko="스마랑은 자그레브가 도시 데이터와 공공 서비스를 디지털로 관리하는 방법과 공공건물의 에너지 효율을 높이는 방법을 배우고자 합니다.",
            vi="Semarang muốn tìm hiểu cách Zagreb quản lý dữ liệu đô thị và dịch vụ công bằng công nghệ số, và cách nâng cao hiệu quả năng lượng trong các tòa nhà công.",
            id="Semarang ingin mempelajari cara Zagreb mengelola data kota dan layanan publik secara digital, serta cara meningkatkan efisiensi energi di gedung-gedung publik.",
        ),
        offer=T(
            "The city can share its resilience strategy against flooding and its experience with digital channels through which residents report problems to the city.",
            ko="스마랑은 침수에 대비한 회복력 전략과 주민이 시에 문제를 신고하는 디지털 창구를 운영한 경험을 나눌 수 있습니다.",
            vi="Thành phố có thể chia sẻ chiến lược chống chịu với ngập lụt và kinh nghiệm vận hành các kênh số để người dân phản ánh vấn đề tới chính quyền.",
            id="Kota ini dapat berbagi strategi ketahanan terhadap banjir dan pengalamannya dengan kanal digital tempat warga melaporkan masalah kepada pemerintah kota.",
        ),
        partners=(
            Partner(
                GOV,
                T(
                    "Semarang City Government",
                    ko="스마랑시 정부",
                    vi="Chính quyền thành phố Semarang",
                    id="Pemerintah Kota Semarang",
                ),
                "https://semarangkota.go.id",
            ),
            Partner(
                RES,
                T(
                    "Diponegoro University",
                    ko="디포네고로 대학교",
                    vi="Đại học Diponegoro",
                    id="Universitas Diponegoro",
                ),
                "https://www.undip.ac.id",
            ),
            Partner(
                BUS,
                T(
                    "Port, trade and manufacturing companies of Central Java",
                    ko="중부 자와주의 항만·무역·제조 기업",
                    vi="Các doanh nghiệp cảng, thương mại và sản xuất của Trung Java",
                    id="Perusahaan pelabuhan, perdagangan, dan manufaktur di Jawa Tengah",
                ),
            ),
        ),
    ),
    City(
        slug="makassar",
        title=T("Makassar", ko="마카사르", vi="Makassar", id="Makassar"),
        kind="city",
        country="ID",
        population=1_490_000,
        latitude=-5.14766,
        longitude=119.43273,
        themes=(SMART, RURAL, GREEN),
        website="https://makassarkota.go.id",
        intro=T(
            "Makassar, capital of South Sulawesi, is the largest city of eastern Indonesia and a port on the Makassar Strait.",
            ko="남술라웨시주의 주도 마카사르는 인도네시아 동부 최대의 도시이자 마카사르 해협에 면한 항구 도시입니다.",
            vi="Makassar, thủ phủ tỉnh Nam Sulawesi, là thành phố lớn nhất miền đông Indonesia và là cảng biển bên eo biển Makassar.",
            id="Makassar, ibu kota Sulawesi Selatan, adalah kota terbesar di Indonesia bagian timur dan pelabuhan di Selat Makassar.",
        ),
        goals=T(
            "Makassar wants to learn how Seville keeps a hot city liveable with shade, trees and water, and how it uses solar energy.",
            ko="마카사르는 세비야가 그늘, 나무, 물로 더운 도시를 살기 좋게 유지하는 방법과 태양 에너지를 활용하는 방법을 배우고자 합니다.",
            vi="Makassar muốn tìm hiểu cách Sevilla giữ cho một thành phố nóng bức vẫn đáng sống nhờ bóng râm, cây xanh và nước, và cách sử dụng năng lượng mặt trời.",
            id="Makassar ingin mempelajari cara Sevilla menjaga kota yang panas tetap layak huni dengan naungan, pepohonan, dan air, serta cara memanfaatkan energi surya.",
        ),
        offer=T(
            "The city can share its experience with neighbourhood-level public services and its links between the city and the farming and fishing areas around it.",
            ko="마카사르는 동네 단위 공공 서비스 운영 경험과 도시와 주변 농어촌 지역을 연결해 온 경험을 나눌 수 있습니다.",
            vi="Thành phố có thể chia sẻ kinh nghiệm cung cấp dịch vụ công ở cấp khu phố và mối liên kết giữa thành phố với các vùng nông nghiệp, ngư nghiệp xung quanh.",
            id="Kota ini dapat berbagi pengalamannya dengan layanan publik di tingkat lingkungan dan keterkaitan antara kota dengan wilayah pertanian dan perikanan di sekitarnya.",
        ),
        partners=(
            Partner(
                GOV,
                T(
                    "Makassar City Government",
                    ko="마카사르시 정부",
                    vi="Chính quyền thành phố Makassar",
                    id="Pemerintah Kota Makassar",
                ),
                "https://makassarkota.go.id",
            ),
            Partner(
                RES,
                T(
                    "Hasanuddin University",
                    ko="하사누딘 대학교",
                    vi="Đại học Hasanuddin",
                    id="Universitas Hasanuddin",
                ),
                "https://www.unhas.ac.id",
            ),
            Partner(
                BUS,
                T(
                    "Port, fisheries and trade businesses",
                    ko="항만·수산·무역 기업",
                    vi="Các doanh nghiệp cảng, thủy sản và thương mại",
                    id="Usaha pelabuhan, perikanan, dan perdagangan",
                ),
            ),
        ),
    ),
    # Vietnam -------------------------------------------------------------------------------
    City(
        slug="hanoi",
        title=T("Hanoi", ko="하노이", vi="Hà Nội", id="Hanoi"),
        kind="city",
        country="VN",
        population=7_700_000,
        latitude=21.02851,
        longitude=105.8542,
        themes=(SMART, RURAL, LOW_CARBON),
        website="https://hanoi.gov.vn",
        intro=T(
            "Hanoi, the capital of Vietnam, is a fast-growing city whose territory, since its enlargement in 2008, also includes large rural districts.",
            ko="베트남의 수도 하노이는 빠르게 성장하는 도시로, 2008년 행정구역 확장 이후 넓은 농촌 지역도 포함하고 있습니다.",
            vi="Hà Nội, thủ đô của Việt Nam, là thành phố phát triển nhanh; từ khi mở rộng địa giới hành chính năm 2008, thành phố bao gồm cả nhiều huyện nông thôn rộng lớn.",
            id="Hanoi, ibu kota Vietnam, adalah kota yang tumbuh pesat dan sejak perluasan wilayahnya pada 2008 juga mencakup distrik-distrik perdesaan yang luas.",
        ),
        goals=T(
            "Hanoi wants to learn how Milan plans food, green space and transport for a metropolitan area, and how it uses data in city management.",
            ko="하노이는 밀라노가 대도시권의 먹거리, 녹지, 교통을 계획하는 방법과 도시 관리에 데이터를 활용하는 방법을 배우고자 합니다.",
            vi="Hà Nội muốn tìm hiểu cách Milano quy hoạch lương thực, không gian xanh và giao thông cho cả vùng đô thị, và cách sử dụng dữ liệu trong quản lý đô thị.",
            id="Hanoi ingin mempelajari cara Milan merencanakan pangan, ruang hijau, dan transportasi untuk wilayah metropolitan, serta cara menggunakan data dalam pengelolaan kota.",
        ),
        offer=T(
            "The city can share its experience with the rapid growth of a capital city, with craft villages and farms on its edge, and with traffic management in a city of motorbikes.",
            ko="하노이는 수도의 빠른 성장, 외곽의 전통 공예 마을과 농장, 오토바이가 많은 도시의 교통 관리 경험을 나눌 수 있습니다.",
            vi="Thành phố có thể chia sẻ kinh nghiệm về sự phát triển nhanh của một thủ đô, về các làng nghề và trang trại ở vùng ven, và về quản lý giao thông trong một thành phố xe máy.",
            id="Kota ini dapat berbagi pengalamannya dengan pertumbuhan pesat sebuah ibu kota, desa kerajinan dan pertanian di pinggirannya, serta pengelolaan lalu lintas di kota sepeda motor.",
        ),
        partners=(
            Partner(
                GOV,
                T(
                    "Hanoi People's Committee",
                    ko="하노이 인민위원회",
                    vi="Ủy ban nhân dân thành phố Hà Nội",
                    id="Komite Rakyat Kota Hanoi",
                ),
                "https://hanoi.gov.vn",
            ),
            Partner(
                RES,
                T(
                    "Vietnam National University, Hanoi",
                    ko="하노이 국립대학교",
                    vi="Đại học Quốc gia Hà Nội",
                    id="Universitas Nasional Vietnam, Hanoi",
                ),
                "https://vnu.edu.vn",
            ),
            Partner(
                BUS,
                T(
                    "Technology companies and agricultural cooperatives of the capital region",
                    ko="수도권의 기술 기업과 농업 협동조합",
                    vi="Các doanh nghiệp công nghệ và hợp tác xã nông nghiệp của vùng thủ đô",
                    id="Perusahaan teknologi dan koperasi pertanian di wilayah ibu kota",
                ),
            ),
        ),
    ),
    City(
        slug="ho-chi-minh-city",
        title=T(
            "Ho Chi Minh City", ko="호찌민시", vi="Thành phố Hồ Chí Minh", id="Kota Ho Chi Minh"
        ),
        kind="city",
        country="VN",
        population=8_600_000,
        latitude=10.82302,
        longitude=106.62965,
        themes=(SMART, ENERGY, LOW_CARBON),
        website="https://hochiminhcity.gov.vn",
        intro=T(
            "Ho Chi Minh City is Vietnam's largest city and economic engine, on the Saigon River in the south of the country.",
            ko="호찌민시는 베트남 남부 사이공강 변에 자리한 베트남 최대의 도시이자 경제의 중심입니다.",
            vi="Thành phố Hồ Chí Minh là thành phố lớn nhất và là đầu tàu kinh tế của Việt Nam, nằm bên sông Sài Gòn ở miền Nam.",
            id="Kota Ho Chi Minh adalah kota terbesar dan motor ekonomi Vietnam, terletak di tepi Sungai Saigon di selatan negeri itu.",
        ),
        goals=T(
            "Ho Chi Minh City wants to learn how Košice built an ICT cluster with its university and companies, and how European cities save energy in public buildings.",
            ko="호찌민시는 코시체가 대학 및 기업과 함께 정보통신 클러스터를 만든 방법과 유럽 도시들이 공공건물에서 에너지를 절약하는 방법을 배우고자 합니다.",
            vi="Thành phố Hồ Chí Minh muốn tìm hiểu cách Košice xây dựng cụm ngành công nghệ thông tin cùng trường đại học và doanh nghiệp, và cách các thành phố châu Âu tiết kiệm năng lượng trong các tòa nhà công.",
            id="Kota Ho Chi Minh ingin mempelajari cara Košice membangun klaster TIK bersama universitas dan perusahaannya, serta cara kota-kota Eropa menghemat energi di gedung-gedung publik.",
        ),
        offer=T(
            "The city can share its smart city plan, approved in 2017, and its experience with fast-growing technology parks.",
            ko="호찌민시는 2017년에 승인된 스마트 시티 계획과 빠르게 성장하는 첨단 기술 단지의 경험을 나눌 수 있습니다.",
            vi="Thành phố có thể chia sẻ Đề án xây dựng thành phố thông minh được phê duyệt năm 2017 và kinh nghiệm phát triển các khu công nghệ cao tăng trưởng nhanh.",
            id="Kota ini dapat berbagi rencana kota cerdasnya yang disetujui pada 2017 dan pengalamannya dengan taman teknologi yang tumbuh pesat.",
        ),
        partners=(
            Partner(
                GOV,
                T(
                    "Ho Chi Minh City People's Committee",
                    ko="호찌민시 인민위원회",
                    vi="Ủy ban nhân dân Thành phố Hồ Chí Minh",
                    id="Komite Rakyat Kota Ho Chi Minh",
                ),
                "https://hochiminhcity.gov.vn",
            ),
            Partner(
                RES,
                T(
                    "Vietnam National University, Ho Chi Minh City",
                    ko="호찌민시 국립대학교",
                    vi="Đại học Quốc gia Thành phố Hồ Chí Minh",
                    id="Universitas Nasional Vietnam, Kota Ho Chi Minh",
                ),
                "https://vnuhcm.edu.vn",
            ),
            Partner(
                BUS,
                T(
                    "Companies of the Saigon Hi-Tech Park",
                    ko="사이공 하이테크 파크 입주 기업",
                    vi="Các doanh nghiệp trong Khu Công nghệ cao Sài Gòn",
                    id="Perusahaan di Taman Teknologi Tinggi Saigon",
                ),
            ),
        ),
    ),
]
