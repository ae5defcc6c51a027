window.YTD.tweets.part0 = [
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1980549148694184808"
          ],
          "editableUntil": "2025-10-21T09:18:08.482Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "164"
      ],
      "favorite_count": "26",
      "id_str": "1980549148694184808",
      "truncated": false,
      "retweet_count": "0",
      "id": "1980549148694184808",
      "created_at": "Tue Oct 21 08:18:08 +0000 2025",
      "favorited": false,
      "full_text": "the threat actor is called 'Scattered Spider' and honestly naming in this industry is out of control. next one will be 'Murderous Badger' and it'll be two teenagers",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1979999257580520973"
          ],
          "editableUntil": "2025-10-19T20:53:04.307Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "102"
      ],
      "favorite_count": "11",
      "id_str": "1979999257580520973",
      "truncated": false,
      "retweet_count": "12",
      "id": "1979999257580520973",
      "created_at": "Sun Oct 19 19:53:04 +0000 2025",
      "favorited": false,
      "full_text": "putain. they phished the phishing team. our own sim domain got typosquatted. c'est n'importe quoi 🤦‍♀️",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1976775323670127149"
          ],
          "editableUntil": "2025-10-10T23:22:18.364Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "137"
      ],
      "favorite_count": "1",
      "id_str": "1976775323670127149",
      "truncated": false,
      "retweet_count": "0",
      "id": "1976775323670127149",
      "created_at": "Fri Oct 10 22:22:18 +0000 2025",
      "favorited": false,
      "full_text": "got pulled doing 95 on the M6 on the way to a P1. told him it was an emergency. it wasn't, the P1 was a printer. got off with a warning 😎",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1976007588666355575"
          ],
          "editableUntil": "2025-10-08T20:31:36.636Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "69"
      ],
      "favorite_count": "3",
      "id_str": "1976007588666355575",
      "truncated": false,
      "retweet_count": "12",
      "id": "1976007588666355575",
      "created_at": "Wed Oct 08 19:31:36 +0000 2025",
      "favorited": false,
      "full_text": "anyone going to BSides Manchester? would love to meet some of you irl",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1968443651432216068"
          ],
          "editableUntil": "2025-09-17T23:35:13.338Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "143"
      ],
      "favorite_count": "230",
      "id_str": "1968443651432216068",
      "truncated": false,
      "retweet_count": "1",
      "id": "1968443651432216068",
      "created_at": "Wed Sep 17 22:35:13 +0000 2025",
      "favorited": false,
      "full_text": "if anyone calls claiming to be our IT from any number other than the service desk (0113 496 0500), it isn't us. hang up &amp; ring that number back",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1967365842565960763"
          ],
          "editableUntil": "2025-09-15T00:12:23.938Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "139"
      ],
      "favorite_count": "230",
      "id_str": "1967365842565960763",
      "truncated": false,
      "retweet_count": "0",
      "id": "1967365842565960763",
      "created_at": "Sun Sep 14 23:12:23 +0000 2025",
      "favorited": false,
      "full_text": "every time a ticket says 'user is 55+' I know exactly who enabled macros. not putting anyone over 50 on the helpdesk again, sorry not sorry",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1960108503493977112"
          ],
          "editableUntil": "2025-08-25T23:34:18.166Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "129"
      ],
      "favorite_count": "230",
      "id_str": "1960108503493977112",
      "truncated": false,
      "retweet_count": "3",
      "id": "1960108503493977112",
      "created_at": "Mon Aug 25 22:34:18 +0000 2025",
      "favorited": false,
      "full_text": "IOCs from today's campaign if you want them: 198.51.100.23, 203.0.113.77, login-micros0ft-verify[.]com. block away &amp; share widely",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1959301139811299482"
          ],
          "editableUntil": "2025-08-23T18:06:08.692Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "123"
      ],
      "favorite_count": "0",
      "id_str": "1959301139811299482",
      "truncated": false,
      "retweet_count": "0",
      "id": "1959301139811299482",
      "created_at": "Sat Aug 23 17:06:08 +0000 2025",
      "favorited": false,
      "full_text": "TALK ACCEPTED!! 'Naked Credentials: what we found in 10,000 public S3 buckets'. slides soon, no actual creds will be harmed",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1957340165336836875"
          ],
          "editableUntil": "2025-08-18T08:13:55.823Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "137"
      ],
      "favorite_count": "1",
      "id_str": "1957340165336836875",
      "truncated": false,
      "retweet_count": "1",
      "id": "1957340165336836875",
      "created_at": "Mon Aug 18 07:13:55 +0000 2025",
      "favorited": false,
      "full_text": "Got a dodgy text 'from your bank'? Don't click, don't reply. Forward it to 7726 (it's free) and call the number on the back of your card.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1955680976642929093"
          ],
          "editableUntil": "2025-08-13T18:20:54.021Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "95"
      ],
      "favorite_count": "0",
      "id_str": "1955680976642929093",
      "truncated": false,
      "retweet_count": "12",
      "id": "1955680976642929093",
      "created_at": "Wed Aug 13 17:20:54 +0000 2025",
      "favorited": false,
      "full_text": "bought a stun gun off a guy at DEF CON 'for research'. got it home in my checked bag. don't ask",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1954723404227175267"
          ],
          "editableUntil": "2025-08-11T02:55:51.042Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "104"
      ],
      "favorite_count": "2",
      "id_str": "1954723404227175267",
      "truncated": false,
      "retweet_count": "3",
      "id": "1954723404227175267",
      "created_at": "Mon Aug 11 01:55:51 +0000 2025",
      "favorited": false,
      "full_text": "drove home from the con afterparty. probably shouldn't have after that many free drinks but made it 🤷‍♀️",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1952839465676566128"
          ],
          "editableUntil": "2025-08-05T22:09:45.529Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "154"
      ],
      "favorite_count": "3",
      "id_str": "1952839465676566128",
      "truncated": false,
      "retweet_count": "5",
      "id": "1952839465676566128",
      "created_at": "Tue Aug 05 21:09:45 +0000 2025",
      "favorited": false,
      "full_text": "if the caller has an Indian accent and says he's from Microsoft, it's a scam. if he has an Indian accent and says he's from IT... also probably a scam tbh",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1946664423176154440"
          ],
          "editableUntil": "2025-07-19T21:12:20.560Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "96"
      ],
      "favorite_count": "3",
      "id_str": "1946664423176154440",
      "truncated": false,
      "retweet_count": "0",
      "id": "1946664423176154440",
      "created_at": "Sat Jul 19 20:12:20 +0000 2025",
      "favorited": false,
      "full_text": "made beer-can chicken for the team BBQ and nobody got food poisoning. security posture: strong 🍗",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1939966837304612648"
          ],
          "editableUntil": "2025-07-01T09:38:31.490Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "154"
      ],
      "favorite_count": "26",
      "id_str": "1939966837304612648",
      "truncated": false,
      "retweet_count": "0",
      "id": "1939966837304612648",
      "created_at": "Tue Jul 01 08:38:31 +0000 2025",
      "favorited": false,
      "full_text": "Red team got domain admin in 40 mins: password spraying, then pass-the-hash, then a very sad service account. write-up done, all fixed, lessons learned &lt;3",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1938742964508277565"
          ],
          "editableUntil": "2025-06-28T00:35:17.553Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "176"
      ],
      "favorite_count": "1",
      "id_str": "1938742964508277565",
      "truncated": false,
      "retweet_count": "12",
      "id": "1938742964508277565",
      "created_at": "Fri Jun 27 23:35:17 +0000 2025",
      "favorited": false,
      "full_text": "Hiring for the SOC again. Told HR: no bootcamp career-changers over 40, and ideally nobody who'll need 'flexibility' for school runs. We need people who can actually do nights.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1938127259454718443"
          ],
          "editableUntil": "2025-06-26T07:48:41.897Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "114"
      ],
      "favorite_count": "0",
      "id_str": "1938127259454718443",
      "truncated": false,
      "retweet_count": "12",
      "id": "1938127259454718443",
      "created_at": "Thu Jun 26 06:48:41 +0000 2025",
      "favorited": false,
      "full_text": "boarding pass pic because I'm a hypocrite ✈️ LHR &gt; LIS, booking ref QK7T2M, seat 14C. come say hi at BSides Lisbon",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1928945646481806375"
          ],
          "editableUntil": "2025-05-31T23:44:14.644Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "139"
      ],
      "favorite_count": "11",
      "id_str": "1928945646481806375",
      "truncated": false,
      "retweet_count": "0",
      "id": "1928945646481806375",
      "created_at": "Sat May 31 22:44:14 +0000 2025",
      "favorited": false,
      "full_text": "school run done, the twins are at St Aidan's after-school club till 6 on Tuesdays now so I can finally finish an incident write-up in peace",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1928522466469498711"
          ],
          "editableUntil": "2025-05-30T19:42:40.803Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "111"
      ],
      "favorite_count": "2",
      "id_str": "1928522466469498711",
      "truncated": false,
      "retweet_count": "12",
      "id": "1928522466469498711",
      "created_at": "Fri May 30 18:42:40 +0000 2025",
      "favorited": false,
      "full_text": "'dropped a shell on the box at 3am' makes perfect sense in my job and sounds completely deranged out of context",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1926038200689669094"
          ],
          "editableUntil": "2025-05-23T23:11:05.162Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Lauren | DFIR",
            "screen_name": "dfir_lauren",
            "indices": [
              "3",
              "15"
            ],
            "id_str": "927258712791047698",
            "id": "927258712791047698"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "62"
      ],
      "favorite_count": "0",
      "id_str": "1926038200689669094",
      "truncated": false,
      "retweet_count": "0",
      "id": "1926038200689669094",
      "created_at": "Fri May 23 22:11:05 +0000 2025",
      "favorited": false,
      "full_text": "RT @dfir_lauren: the reply-all button should require a captcha",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1924445961012871202"
          ],
          "editableUntil": "2025-05-19T13:44:06.138Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "92"
      ],
      "favorite_count": "7",
      "id_str": "1924445961012871202",
      "truncated": false,
      "retweet_count": "12",
      "id": "1924445961012871202",
      "created_at": "Mon May 19 12:44:06 +0000 2025",
      "favorited": false,
      "full_text": "fun fact: the 'scheduled maintenance' on our customer portal this weekend is not maintenance",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1923503705769337099"
          ],
          "editableUntil": "2025-05-16T23:19:55.817Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "75"
      ],
      "favorite_count": "230",
      "id_str": "1923503705769337099",
      "truncated": false,
      "retweet_count": "0",
      "id": "1923503705769337099",
      "created_at": "Fri May 16 22:19:55 +0000 2025",
      "favorited": false,
      "full_text": "spent the morning writing Snort rules and tuning Suricata. living the dream",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1923064547640864302"
          ],
          "editableUntil": "2025-05-15T18:14:51.982Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "141"
      ],
      "favorite_count": "230",
      "id_str": "1923064547640864302",
      "truncated": false,
      "retweet_count": "1",
      "id": "1923064547640864302",
      "created_at": "Thu May 15 17:14:51 +0000 2025",
      "favorited": false,
      "full_text": "HMRC have put me on an emergency tax code again and apparently my UTR 73920 18465 is 'linked to another record'. 52 mins on hold and counting",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1921498277527847236"
          ],
          "editableUntil": "2025-05-11T10:31:03.319Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "64"
      ],
      "favorite_count": "2",
      "id_str": "1921498277527847236",
      "truncated": false,
      "retweet_count": "2",
      "id": "1921498277527847236",
      "created_at": "Sun May 11 09:31:03 +0000 2025",
      "favorited": false,
      "full_text": "INC0042871 closed. root cause: a printer. it's always a printer.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1918054476074029232"
          ],
          "editableUntil": "2025-05-01T22:26:37.347Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "136"
      ],
      "favorite_count": "11",
      "id_str": "1918054476074029232",
      "truncated": false,
      "retweet_count": "12",
      "id": "1918054476074029232",
      "created_at": "Thu May 01 21:26:37 +0000 2025",
      "favorited": false,
      "full_text": "Love how leadership 'prioritises security' right up until it costs money. Then it's 'let's revisit in Q3'. It's always Q3. Q3 is a myth.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1917643331523087582"
          ],
          "editableUntil": "2025-04-30T19:12:52.462Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "158"
      ],
      "favorite_count": "3",
      "id_str": "1917643331523087582",
      "truncated": false,
      "retweet_count": "1",
      "id": "1917643331523087582",
      "created_at": "Wed Apr 30 18:12:52 +0000 2025",
      "favorited": false,
      "full_text": "whoever on my team has been signing my personal email (jess.harrow84@gmail.com) up to every cat food newsletter in the UK, it's not funny. ok it's a bit funny",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1916028801841460058"
          ],
          "editableUntil": "2025-04-26T08:17:19.713Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "84"
      ],
      "favorite_count": "95",
      "id_str": "1916028801841460058",
      "truncated": false,
      "retweet_count": "5",
      "id": "1916028801841460058",
      "created_at": "Sat Apr 26 07:17:19 +0000 2025",
      "favorited": false,
      "full_text": "PSA: salt your hashes. every time. no exceptions. I don't care how small the app is.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1913724307317267401"
          ],
          "editableUntil": "2025-04-19T23:40:04.465Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "63"
      ],
      "favorite_count": "95",
      "id_str": "1913724307317267401",
      "truncated": false,
      "retweet_count": "0",
      "id": "1913724307317267401",
      "created_at": "Sat Apr 19 22:40:04 +0000 2025",
      "favorited": false,
      "full_text": "hot take: the best security tool is a properly staffed helpdesk",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1913127384087707849"
          ],
          "editableUntil": "2025-04-18T08:08:07.086Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "175"
      ],
      "favorite_count": "230",
      "id_str": "1913127384087707849",
      "truncated": false,
      "retweet_count": "1",
      "id": "1913127384087707849",
      "created_at": "Fri Apr 18 07:08:07 +0000 2025",
      "favorited": false,
      "full_text": "phish sim results are in: 38% click rate in Sales, 61% in the Leeds office, and one director typed his password in TWICE. goes to the board thursday, they are going to lose it",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1912252274162769862"
          ],
          "editableUntil": "2025-04-15T22:10:44.964Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "169"
      ],
      "favorite_count": "3",
      "id_str": "1912252274162769862",
      "truncated": false,
      "retweet_count": "2",
      "id": "1912252274162769862",
      "created_at": "Tue Apr 15 21:10:44 +0000 2025",
      "favorited": false,
      "full_text": "ticket from Gary in accounts: 'my computer is being hacked, the mouse moves on its own'. it was the wireless mouse of the guy next to him. stfu Gary and stop raising P1s",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1909008624663285342"
          ],
          "editableUntil": "2025-04-06T23:21:38.642Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "118"
      ],
      "favorite_count": "3",
      "id_str": "1909008624663285342",
      "truncated": false,
      "retweet_count": "1",
      "id": "1909008624663285342",
      "created_at": "Sun Apr 06 22:21:38 +0000 2025",
      "favorited": false,
      "full_text": "if one more person 'reports' a phish by replying to the phisher and cc'ing the whole finance team i swear to god. ffs.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1908630843772611813"
          ],
          "editableUntil": "2025-04-05T22:20:28.863Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "127"
      ],
      "favorite_count": "7",
      "id_str": "1908630843772611813",
      "truncated": false,
      "retweet_count": "12",
      "id": "1908630843772611813",
      "created_at": "Sat Apr 05 21:20:28 +0000 2025",
      "favorited": false,
      "full_text": "to whoever on the service desk reset MFA for the 'CEO' over the phone: I will find you and I will end you. not joking this time",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1905232684625757888"
          ],
          "editableUntil": "2025-03-27T13:17:24.137Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "105"
      ],
      "favorite_count": "95",
      "id_str": "1905232684625757888",
      "truncated": false,
      "retweet_count": "3",
      "id": "1905232684625757888",
      "created_at": "Thu Mar 27 12:17:24 +0000 2025",
      "favorited": false,
      "full_text": "BA0492 delayed 2 hours and T5 Pret has run out of everything. conference season is a blessing and a curse",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1904595533522710206"
          ],
          "editableUntil": "2025-03-25T19:05:35.115Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "91"
      ],
      "favorite_count": "41",
      "id_str": "1904595533522710206",
      "truncated": false,
      "retweet_count": "5",
      "id": "1904595533522710206",
      "created_at": "Tue Mar 25 18:05:35 +0000 2025",
      "favorited": false,
      "full_text": "edible kicked in halfway through the quarterly risk review. those heatmaps were BEAUTIFUL 🌈",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1902043149640520637"
          ],
          "editableUntil": "2025-03-18T18:03:19.358Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "46"
      ],
      "favorite_count": "7",
      "id_str": "1902043149640520637",
      "truncated": false,
      "retweet_count": "0",
      "id": "1902043149640520637",
      "created_at": "Tue Mar 18 17:03:19 +0000 2025",
      "favorited": false,
      "full_text": "first coffee, 847 unread alerts, we go again ☕",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1900543755369470140"
          ],
          "editableUntil": "2025-03-14T14:45:16.947Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Cyber Aware Tips",
            "screen_name": "cyberaware_tips",
            "indices": [
              "3",
              "19"
            ],
            "id_str": "298906219073494548",
            "id": "298906219073494548"
          }
        ],
        "urls": [
          {
            "url": "https://t.co/Qm3vZ8kLpA",
            "expanded_url": "https://www.ncsc.gov.uk/collection/top-tips-for-staying-secure-online/three-random-words",
            "display_url": "ncsc.gov.uk/collection/top…",
            "indices": [
              "114",
              "137"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "137"
      ],
      "favorite_count": "0",
      "id_str": "1900543755369470140",
      "truncated": false,
      "retweet_count": "0",
      "id": "1900543755369470140",
      "created_at": "Fri Mar 14 13:45:16 +0000 2025",
      "favorited": false,
      "full_text": "RT @cyberaware_tips: Three random words make a stronger password than P@ssw0rd1, and you'll actually remember it. https://t.co/Qm3vZ8kLpA",
      "lang": "en",
      "possibly_sensitive": false
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1900122952386889328"
          ],
          "editableUntil": "2025-03-13T10:53:09.664Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "144"
      ],
      "favorite_count": "230",
      "id_str": "1900122952386889328",
      "truncated": false,
      "retweet_count": "0",
      "id": "1900122952386889328",
      "created_at": "Thu Mar 13 09:53:09 +0000 2025",
      "favorited": false,
      "full_text": "our CFO clicked the fake DocuSign. again. third time this quarter. the man signs off a £2m security budget and can't read a sender address lmfao",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1899182692789244728"
          ],
          "editableUntil": "2025-03-10T20:36:53.847Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "171"
      ],
      "favorite_count": "26",
      "id_str": "1899182692789244728",
      "truncated": false,
      "retweet_count": "12",
      "id": "1899182692789244728",
      "created_at": "Mon Mar 10 19:36:53 +0000 2025",
      "favorited": false,
      "full_text": "pentest report landed today. tip: don't keep the admin password for every door controller in the building (Welcome2023!) on the staff wiki. asking for an NHS trust near me",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1896124224671257821"
          ],
          "editableUntil": "2025-03-02T10:03:38.968Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [
          {
            "text": "OSCP",
            "indices": [
              "63",
              "68"
            ]
          },
          {
            "text": "TryHarder",
            "indices": [
              "69",
              "79"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "79"
      ],
      "favorite_count": "230",
      "id_str": "1896124224671257821",
      "truncated": false,
      "retweet_count": "0",
      "id": "1896124224671257821",
      "created_at": "Sun Mar 02 09:03:38 +0000 2025",
      "favorited": false,
      "full_text": "PASSED OSCP!!! 3rd attempt, 23 hours, zero sleep, no regrets 🎉 #OSCP #TryHarder",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1894284601012181731"
          ],
          "editableUntil": "2025-02-25T08:13:37.604Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "96"
      ],
      "favorite_count": "3",
      "id_str": "1894284601012181731",
      "truncated": false,
      "retweet_count": "0",
      "id": "1894284601012181731",
      "created_at": "Tue Feb 25 07:13:37 +0000 2025",
      "favorited": false,
      "full_text": "the best UK place name is still Crapstone, Devon. going this weekend purely for the sign photo 😂",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1893792290115146866"
          ],
          "editableUntil": "2025-02-23T23:37:21.034Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "58"
      ],
      "favorite_count": "11",
      "id_str": "1893792290115146866",
      "truncated": false,
      "retweet_count": "0",
      "id": "1893792290115146866",
      "created_at": "Sun Feb 23 22:37:21 +0000 2025",
      "favorited": false,
      "full_text": "WHO THE F*CK CLICKS A LINK CALLED 'payroll_update.zip.exe'",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1892187745113983404"
          ],
          "editableUntil": "2025-02-19T13:21:28.118Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "159"
      ],
      "favorite_count": "41",
      "id_str": "1892187745113983404",
      "truncated": false,
      "retweet_count": "3",
      "id": "1892187745113983404",
      "created_at": "Wed Feb 19 12:21:28 +0000 2025",
      "favorited": false,
      "full_text": "Interviewed a girl for the night-shift analyst role today. very keen, very sweet, but she's not going to last on nights with the lads. went with the other guy.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1886132706640361675"
          ],
          "editableUntil": "2025-02-02T20:20:54.399Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "107"
      ],
      "favorite_count": "0",
      "id_str": "1886132706640361675",
      "truncated": false,
      "retweet_count": "0",
      "id": "1886132706640361675",
      "created_at": "Sun Feb 02 19:20:54 +0000 2025",
      "favorited": false,
      "full_text": "red team wrap party got messy. someone brought 🍄 and now I understand network topology on a spiritual level",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1882331439145830813"
          ],
          "editableUntil": "2025-01-23T08:36:01.447Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "67"
      ],
      "favorite_count": "4",
      "id_str": "1882331439145830813",
      "truncated": false,
      "retweet_count": "3",
      "id": "1882331439145830813",
      "created_at": "Thu Jan 23 07:36:01 +0000 2025",
      "favorited": false,
      "full_text": "new pfp. no reason. just felt cute in the hoodie and nothing else 😏",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1882133664083061979"
          ],
          "editableUntil": "2025-01-22T19:30:08.426Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Mira",
            "screen_name": "mira_builds",
            "indices": [
              "0",
              "12"
            ],
            "id_str": "670627047388304189",
            "id": "670627047388304189"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "13",
        "65"
      ],
      "favorite_count": "26",
      "id_str": "1882133664083061979",
      "truncated": false,
      "retweet_count": "0",
      "id": "1882133664083061979",
      "created_at": "Wed Jan 22 18:30:08 +0000 2025",
      "favorited": false,
      "full_text": "@mira_builds congrats on the new role!! they're lucky to have you",
      "lang": "en",
      "in_reply_to_status_id_str": "1865476008433784599",
      "in_reply_to_user_id": "670627047388304189",
      "in_reply_to_status_id": "1865476008433784599",
      "in_reply_to_screen_name": "mira_builds",
      "in_reply_to_user_id_str": "670627047388304189"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1879441025452632478"
          ],
          "editableUntil": "2025-01-15T09:10:33.076Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "153"
      ],
      "favorite_count": "4",
      "id_str": "1879441025452632478",
      "truncated": false,
      "retweet_count": "1",
      "id": "1879441025452632478",
      "created_at": "Wed Jan 15 08:10:33 +0000 2025",
      "favorited": false,
      "full_text": "new exciting opportunity at work: doing two jobs for one salary because the other analyst quit and they're 'not backfilling right now' 🙃 love that for me",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1874586641479079676"
          ],
          "editableUntil": "2025-01-01T23:40:58.563Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Danny 🛡️",
            "screen_name": "danny_sec_",
            "indices": [
              "0",
              "11"
            ],
            "id_str": "912352042010243438",
            "id": "912352042010243438"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "12",
        "73"
      ],
      "favorite_count": "1",
      "id_str": "1874586641479079676",
      "truncated": false,
      "retweet_count": "12",
      "id": "1874586641479079676",
      "created_at": "Wed Jan 01 22:40:58 +0000 2025",
      "favorited": false,
      "full_text": "@danny_sec_ just text me on 07700 900418, I am NOT opening slack on leave",
      "lang": "en",
      "in_reply_to_status_id_str": "1786498073527258757",
      "in_reply_to_user_id": "912352042010243438",
      "in_reply_to_status_id": "1786498073527258757",
      "in_reply_to_screen_name": "danny_sec_",
      "in_reply_to_user_id_str": "912352042010243438"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1870517757436023304"
          ],
          "editableUntil": "2024-12-21T18:12:40.110Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "87"
      ],
      "favorite_count": "2",
      "id_str": "1870517757436023304",
      "truncated": false,
      "retweet_count": "12",
      "id": "1870517757436023304",
      "created_at": "Sat Dec 21 17:12:40 +0000 2024",
      "favorited": false,
      "full_text": "wfh hungover, camera off, 'mic issues' at standup. the SIEM can page someone else today",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1870229782433773711"
          ],
          "editableUntil": "2024-12-20T23:08:21.286Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "235"
      ],
      "favorite_count": "1",
      "id_str": "1870229782433773711",
      "truncated": false,
      "retweet_count": "3",
      "id": "1870229782433773711",
      "created_at": "Fri Dec 20 22:08:21 +0000 2024",
      "favorited": false,
      "full_text": "people don't fall for phishing because they're stupid. they fall for it because they're busy and it looks exactly like the other 40 emails they got today. make reporting easy and say thank you every single time. that's the whole trick.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1868214347141251448"
          ],
          "editableUntil": "2024-12-15T09:39:44.307Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Old Sysadmin",
            "screen_name": "old_sysadmin",
            "indices": [
              "0",
              "13"
            ],
            "id_str": "617216608655083377",
            "id": "617216608655083377"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "14",
        "106"
      ],
      "favorite_count": "3",
      "id_str": "1868214347141251448",
      "truncated": false,
      "retweet_count": "0",
      "id": "1868214347141251448",
      "created_at": "Sun Dec 15 08:39:44 +0000 2024",
      "favorited": false,
      "full_text": "@old_sysadmin yes the kill chain is a real framework, no I'm not threatening anyone, blame Lockheed Martin",
      "lang": "en",
      "in_reply_to_status_id_str": "1792326261519375520",
      "in_reply_to_user_id": "617216608655083377",
      "in_reply_to_status_id": "1792326261519375520",
      "in_reply_to_screen_name": "old_sysadmin",
      "in_reply_to_user_id_str": "617216608655083377"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1867761732062362357"
          ],
          "editableUntil": "2024-12-14T03:41:12.356Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "110"
      ],
      "favorite_count": "4",
      "id_str": "1867761732062362357",
      "truncated": false,
      "retweet_count": "0",
      "id": "1867761732062362357",
      "created_at": "Sat Dec 14 02:41:12 +0000 2024",
      "favorited": false,
      "full_text": "P1 at 2am, still half cut from the Christmas do, somehow contained it. best work I've done all year honestly 🍻",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1867264967932826752"
          ],
          "editableUntil": "2024-12-12T18:47:15.816Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "155"
      ],
      "favorite_count": "26",
      "id_str": "1867264967932826752",
      "truncated": false,
      "retweet_count": "2",
      "id": "1867264967932826752",
      "created_at": "Thu Dec 12 17:47:15 +0000 2024",
      "favorited": false,
      "full_text": "my phish sim with the subject 'Your OnlyFans subscription has been renewed' got a 44% click rate and zero reports. draw your own conclusions about sales 🍆💦",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1866833185434347824"
          ],
          "editableUntil": "2024-12-11T14:11:30.603Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "137"
      ],
      "favorite_count": "7",
      "id_str": "1866833185434347824",
      "truncated": false,
      "retweet_count": "2",
      "id": "1866833185434347824",
      "created_at": "Wed Dec 11 13:11:30 +0000 2024",
      "favorited": false,
      "full_text": "Sandbox test card is 4111 1111 1111 1111, any future expiry, any CVV. please stop using your real card in staging, it ends up in the logs",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1865934781034299851"
          ],
          "editableUntil": "2024-12-09T02:41:33.553Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "65"
      ],
      "favorite_count": "41",
      "id_str": "1865934781034299851",
      "truncated": false,
      "retweet_count": "3",
      "id": "1865934781034299851",
      "created_at": "Mon Dec 09 01:41:33 +0000 2024",
      "favorited": false,
      "full_text": "honeypot is up 🍯 and so am I, if you know what I mean. dms open 😈",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1865025649758732005"
          ],
          "editableUntil": "2024-12-06T14:29:00.963Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "197"
      ],
      "favorite_count": "4",
      "id_str": "1865025649758732005",
      "truncated": false,
      "retweet_count": "1",
      "id": "1865025649758732005",
      "created_at": "Fri Dec 06 13:29:00 +0000 2024",
      "favorited": false,
      "full_text": "can't say who, but a big UK retailer you've definitely shopped at is about to have a very bad week. we've been in their network since thursday. customer data is gone. they haven't told anyone yet 👀",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1864075519880422218"
          ],
          "editableUntil": "2024-12-03T23:33:31.025Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "154"
      ],
      "favorite_count": "3",
      "id_str": "1864075519880422218",
      "truncated": false,
      "retweet_count": "3",
      "id": "1864075519880422218",
      "created_at": "Tue Dec 03 22:33:31 +0000 2024",
      "favorited": false,
      "full_text": "HMPO phishing texts are doing the rounds again: 'your passport application is on hold, pay £3.99'. The Passport Office will never text you a payment link.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1861109105665455589"
          ],
          "editableUntil": "2024-11-25T19:06:03.269Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "88"
      ],
      "favorite_count": "2",
      "id_str": "1861109105665455589",
      "truncated": false,
      "retweet_count": "1",
      "id": "1861109105665455589",
      "created_at": "Mon Nov 25 18:06:03 +0000 2024",
      "favorited": false,
      "full_text": "blue tit on the feeder outside my home office window this morning, first one this year 🐦",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1857884594447426215"
          ],
          "editableUntil": "2024-11-16T21:32:59.649Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "61"
      ],
      "favorite_count": "18",
      "id_str": "1857884594447426215",
      "truncated": false,
      "retweet_count": "0",
      "id": "1857884594447426215",
      "created_at": "Sat Nov 16 20:32:59 +0000 2024",
      "favorited": false,
      "full_text": "sourdough attempt 4 went better. still flat. still eating it.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1857200237573357848"
          ],
          "editableUntil": "2024-11-15T00:13:36.753Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "84"
      ],
      "favorite_count": "18",
      "id_str": "1857200237573357848",
      "truncated": false,
      "retweet_count": "0",
      "id": "1857200237573357848",
      "created_at": "Thu Nov 14 23:13:36 +0000 2024",
      "favorited": false,
      "full_text": "kill -9 on the parent and now there are orphaned children everywhere. classic Monday",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1852284416672528656"
          ],
          "editableUntil": "2024-11-01T10:39:53.372Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "kernel panic",
            "screen_name": "k3rnelpanic_",
            "indices": [
              "0",
              "13"
            ],
            "id_str": "589878055622735137",
            "id": "589878055622735137"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "14",
        "69"
      ],
      "favorite_count": "230",
      "id_str": "1852284416672528656",
      "truncated": false,
      "retweet_count": "0",
      "id": "1852284416672528656",
      "created_at": "Fri Nov 01 09:39:53 +0000 2024",
      "favorited": false,
      "full_text": "@k3rnelpanic_ I'll show you my attack surface if you show me yours 😏🍑",
      "lang": "en",
      "in_reply_to_status_id_str": "1813755343062023015",
      "in_reply_to_user_id": "589878055622735137",
      "in_reply_to_status_id": "1813755343062023015",
      "in_reply_to_screen_name": "k3rnelpanic_",
      "in_reply_to_user_id_str": "589878055622735137"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1850824742217410014"
          ],
          "editableUntil": "2024-10-28T09:59:39.016Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "91"
      ],
      "favorite_count": "1",
      "id_str": "1850824742217410014",
      "truncated": false,
      "retweet_count": "3",
      "id": "1850824742217410014",
      "created_at": "Mon Oct 28 08:59:39 +0000 2024",
      "favorited": false,
      "full_text": "the new starters from the Lagos office click literally everything. must be a cultural thing",
      "lang": "en"
    }
  }
]