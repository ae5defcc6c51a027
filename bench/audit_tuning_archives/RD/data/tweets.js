window.YTD.tweets.part0 = [
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1980006015411395179"
          ],
          "editableUntil": "2025-10-19T21:19:55.000Z",
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
        "49"
      ],
      "favorite_count": "61",
      "id_str": "1980006015411395179",
      "truncated": false,
      "retweet_count": "0",
      "id": "1980006015411395179",
      "created_at": "Sun Oct 19 20:19:55 +0000 2025",
      "favorited": false,
      "full_text": "lmfao a Y7 just asked me if Henry VIII had TikTok",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1975621565684704719"
          ],
          "editableUntil": "2025-10-07T18:57:41.000Z",
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
        "78"
      ],
      "favorite_count": "1",
      "id_str": "1975621565684704719",
      "truncated": false,
      "retweet_count": "0",
      "id": "1975621565684704719",
      "created_at": "Tue Oct 07 17:57:41 +0000 2025",
      "favorited": false,
      "full_text": "90 essays on the causes of WW1 to mark this weekend. f*cking hell. send snacks",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1974228806221092314"
          ],
          "editableUntil": "2025-10-03T22:43:21.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [
          {
            "text": "edutwitter",
            "indices": [
              "161",
              "172"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "172"
      ],
      "favorite_count": "27",
      "id_str": "1974228806221092314",
      "truncated": false,
      "retweet_count": "11",
      "id": "1974228806221092314",
      "created_at": "Fri Oct 03 21:43:21 +0000 2025",
      "favorited": false,
      "full_text": "SLT &amp; governors have decided the answer to our behaviour crisis is laminated posters. I would pay good money to watch any of them teach 9X4 period 5 on a Friday #edutwitter",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1968725667365608533"
          ],
          "editableUntil": "2025-09-18T18:15:50.000Z",
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
      "favorite_count": "8",
      "id_str": "1968725667365608533",
      "truncated": false,
      "retweet_count": "1",
      "id": "1968725667365608533",
      "created_at": "Thu Sep 18 17:15:50 +0000 2025",
      "favorited": false,
      "full_text": "Dick Turpin with Y7 today. Highwaymen are the only topic where every single one of them does the homework",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1965522782570948804"
          ],
          "editableUntil": "2025-09-09T22:08:43.000Z",
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
        "153"
      ],
      "favorite_count": "27",
      "id_str": "1965522782570948804",
      "truncated": false,
      "retweet_count": "0",
      "id": "1965522782570948804",
      "created_at": "Tue Sep 09 21:08:43 +0000 2025",
      "favorited": false,
      "full_text": "Blue lights behind me on the A34 this morning, put my foot down and lost them at the Kingsway roundabout. Still made registration. Don't tell the kids 🏎️",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1960460112481259589"
          ],
          "editableUntil": "2025-08-26T22:51:29.000Z",
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
        "148"
      ],
      "favorite_count": "2",
      "id_str": "1960460112481259589",
      "truncated": false,
      "retweet_count": "2",
      "id": "1960460112481259589",
      "created_at": "Tue Aug 26 21:51:29 +0000 2025",
      "favorited": false,
      "full_text": "Someone keyed my car in the staff car park. Pretty sure I know which Y11. His mum's Qashqai may have developed four flat tyres outside Tesco. Karma.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1954805737582191156"
          ],
          "editableUntil": "2025-08-11T08:23:01.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [
          {
            "text": "ResultsDay",
            "indices": [
              "110",
              "121"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "121"
      ],
      "favorite_count": "61",
      "id_str": "1954805737582191156",
      "truncated": false,
      "retweet_count": "11",
      "id": "1954805737582191156",
      "created_at": "Mon Aug 11 07:23:01 +0000 2025",
      "favorited": false,
      "full_text": "Results day. So proud of every single one of them. Even the ones who told me history was 'pointless' in Y9 ❤️ #ResultsDay",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1953701470324779033"
          ],
          "editableUntil": "2025-08-08T07:15:03.000Z",
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
      "favorite_count": "14",
      "id_str": "1953701470324779033",
      "truncated": false,
      "retweet_count": "0",
      "id": "1953701470324779033",
      "created_at": "Fri Aug 08 06:15:03 +0000 2025",
      "favorited": false,
      "full_text": "Our science labs were built in 1971 and it shows. School buildings funding is a national scandal and nobody in Westminster seems to care",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1946297959537369321"
          ],
          "editableUntil": "2025-07-18T20:56:08.000Z",
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
        "112"
      ],
      "favorite_count": "3",
      "id_str": "1946297959537369321",
      "truncated": false,
      "retweet_count": "1",
      "id": "1946297959537369321",
      "created_at": "Fri Jul 18 19:56:08 +0000 2025",
      "favorited": false,
      "full_text": "Three large glasses of red at the leaving do and drove home anyway, roads were empty. Living on the edge at 38 🙃",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1945616992833283689"
          ],
          "editableUntil": "2025-07-16T23:50:13.000Z",
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
        "125"
      ],
      "favorite_count": "5",
      "id_str": "1945616992833283689",
      "truncated": false,
      "retweet_count": "11",
      "id": "1945616992833283689",
      "created_at": "Wed Jul 16 22:50:13 +0000 2025",
      "favorited": false,
      "full_text": "taught period 1 still half cut from the leaving do and honestly it was the best lesson on the Weimar Republic I've ever given",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1940136793540460354"
          ],
          "editableUntil": "2025-07-01T20:53:52.000Z",
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
        "152"
      ],
      "favorite_count": "61",
      "id_str": "1940136793540460354",
      "truncated": false,
      "retweet_count": "11",
      "id": "1940136793540460354",
      "created_at": "Tue Jul 01 19:53:52 +0000 2025",
      "favorited": false,
      "full_text": "On hold to Teachers' Pensions for 52 minutes. For the 4th time: ref 7720194/36, NI number JT 48 22 91 B, date of birth 03/06/1987. Just answer the phone",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1934492400683794509"
          ],
          "editableUntil": "2025-06-16T07:05:04.000Z",
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
        "108"
      ],
      "favorite_count": "3",
      "id_str": "1934492400683794509",
      "truncated": false,
      "retweet_count": "1",
      "id": "1934492400683794509",
      "created_at": "Mon Jun 16 06:05:04 +0000 2025",
      "favorited": false,
      "full_text": "Finally got my new DBS through! Certificate no. 001837462915, for the agency that keeps emailing me for it 🙄",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1934131828772448631"
          ],
          "editableUntil": "2025-06-15T07:12:17.000Z",
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
        "120"
      ],
      "favorite_count": "0",
      "id_str": "1934131828772448631",
      "truncated": false,
      "retweet_count": "0",
      "id": "1934131828772448631",
      "created_at": "Sun Jun 15 06:12:17 +0000 2025",
      "favorited": false,
      "full_text": "Wordsworth House trip to Cockermouth today. The minibus giggling started before we'd left the car park. Y9, never change",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1933584506267546241"
          ],
          "editableUntil": "2025-06-13T18:57:25.000Z",
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
        "121"
      ],
      "favorite_count": "8",
      "id_str": "1933584506267546241",
      "truncated": false,
      "retweet_count": "1",
      "id": "1933584506267546241",
      "created_at": "Fri Jun 13 17:57:25 +0000 2025",
      "favorited": false,
      "full_text": "Got absolutely hammered at the staff quiz. 7th out of 8. Turns out history teachers know nothing that happened after 1990",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1931469309785761823"
          ],
          "editableUntil": "2025-06-07T22:52:23.000Z",
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
        "86"
      ],
      "favorite_count": "3",
      "id_str": "1931469309785761823",
      "truncated": false,
      "retweet_count": "0",
      "id": "1931469309785761823",
      "created_at": "Sat Jun 07 21:52:23 +0000 2025",
      "favorited": false,
      "full_text": "Anyone got a good Cold War podcast for A level revision? Y13 asking &amp; I'm out of ideas",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1926246801584149943"
          ],
          "editableUntil": "2025-05-24T13:00:00.000Z",
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
        "125"
      ],
      "favorite_count": "8",
      "id_str": "1926246801584149943",
      "truncated": false,
      "retweet_count": "11",
      "id": "1926246801584149943",
      "created_at": "Sat May 24 12:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Thread 🧵 on why the 'deprived postcode' funding formula fails the schools that need it most, and what we could do instead. 1/",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1922070649922067033"
          ],
          "editableUntil": "2025-05-13T00:25:27.000Z",
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
        "147"
      ],
      "favorite_count": "0",
      "id_str": "1922070649922067033",
      "truncated": false,
      "retweet_count": "0",
      "id": "1922070649922067033",
      "created_at": "Mon May 12 23:25:27 +0000 2025",
      "favorited": false,
      "full_text": "Sat on the panel for deputy head today. Lovely candidate, brilliant record, but she's 58. She'd be counting down to her pension from day one. Next.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1920552945707615014"
          ],
          "editableUntil": "2025-05-08T19:54:39.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "FundOurSchools",
            "indices": [
              "127",
              "142"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "142"
      ],
      "favorite_count": "1",
      "id_str": "1920552945707615014",
      "truncated": false,
      "retweet_count": "4",
      "id": "1920552945707615014",
      "created_at": "Thu May 08 18:54:39 +0000 2025",
      "favorited": false,
      "full_text": "Strike day. Picket line at 7.30, placards made, flask of tea. Nobody on this line wants to be here, we want a funded pay rise. #FundOurSchools",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1918739259495816451"
          ],
          "editableUntil": "2025-05-03T19:47:42.000Z",
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
        "128"
      ],
      "favorite_count": "2",
      "id_str": "1918739259495816451",
      "truncated": false,
      "retweet_count": "4",
      "id": "1918739259495816451",
      "created_at": "Sat May 03 18:47:42 +0000 2025",
      "favorited": false,
      "full_text": "Our deputy head stood in briefing and lied to our faces about why three teachers left at Easter. We all know. She knows we know.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1917916505724470151"
          ],
          "editableUntil": "2025-05-01T13:18:22.000Z",
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
        "133"
      ],
      "favorite_count": "8",
      "id_str": "1917916505724470151",
      "truncated": false,
      "retweet_count": "0",
      "id": "1917916505724470151",
      "created_at": "Thu May 01 12:18:22 +0000 2025",
      "favorited": false,
      "full_text": "Candidate numbers, centre numbers, seat numbers. Exam season is just bingo with more crying. Good luck to every Y11 &amp; Y13 tomorrow ❤️",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1916462947097762641"
          ],
          "editableUntil": "2025-04-27T13:02:27.000Z",
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
        "142"
      ],
      "favorite_count": "0",
      "id_str": "1916462947097762641",
      "truncated": false,
      "retweet_count": "0",
      "id": "1916462947097762641",
      "created_at": "Sun Apr 27 12:02:27 +0000 2025",
      "favorited": false,
      "full_text": "Moderating for the exam board this summer. Without giving too much away, if you know anyone in Y11 they might want to revise the Suez crisis 👀",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1905982922727812666"
          ],
          "editableUntil": "2025-03-29T14:58:34.000Z",
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
        "162"
      ],
      "favorite_count": "0",
      "id_str": "1905982922727812666",
      "truncated": false,
      "retweet_count": "0",
      "id": "1905982922727812666",
      "created_at": "Sat Mar 29 13:58:34 +0000 2025",
      "favorited": false,
      "full_text": "ok who let me redownload hinge. tall man who can cook and doesn't mind me marking on date night, my DMs are open 😏🍑 bonus points if you like being told what to do",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1904630164503033751"
          ],
          "editableUntil": "2025-03-25T21:23:12.000Z",
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
        "155"
      ],
      "favorite_count": "61",
      "id_str": "1904630164503033751",
      "truncated": false,
      "retweet_count": "4",
      "id": "1904630164503033751",
      "created_at": "Tue Mar 25 20:23:12 +0000 2025",
      "favorited": false,
      "full_text": "Shortlisting for the new history post. Skipping anyone who trained abroad, our kids can't cope with the accents and I can't cope with the parent complaints",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1902799935486351284"
          ],
          "editableUntil": "2025-03-20T20:10:31.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Education Watch UK",
            "screen_name": "edu_watch_uk",
            "indices": [
              "0",
              "13"
            ],
            "id_str": "750990264972681632",
            "id": "750990264972681632"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "14",
        "86"
      ],
      "favorite_count": "1",
      "id_str": "1902799935486351284",
      "truncated": false,
      "retweet_count": "0",
      "id": "1902799935486351284",
      "created_at": "Thu Mar 20 19:10:31 +0000 2025",
      "favorited": false,
      "full_text": "@edu_watch_uk absolute sh*tshow of a funding announcement. 'Record investment' my a**e",
      "lang": "en",
      "in_reply_to_status_id_str": "1902742304381286850",
      "in_reply_to_status_id": "1902742304381286850",
      "in_reply_to_user_id": "750990264972681632",
      "in_reply_to_user_id_str": "750990264972681632",
      "in_reply_to_screen_name": "edu_watch_uk"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1898785786076732214"
          ],
          "editableUntil": "2025-03-09T18:19:43.000Z",
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
            "name": "Teach History UK",
            "screen_name": "TeachHistUK",
            "indices": [
              "3",
              "15"
            ],
            "id_str": "126670810509089038",
            "id": "126670810509089038"
          }
        ],
        "urls": [
          {
            "url": "https://t.co/Qm3vX8aLpz",
            "expanded_url": "https://www.teachhist.org.uk/resources/windrush-ks3",
            "display_url": "www.teachhist.org.uk/resou…",
            "indices": [
              "101",
              "124"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "124"
      ],
      "favorite_count": "0",
      "id_str": "1898785786076732214",
      "truncated": false,
      "retweet_count": "1",
      "id": "1898785786076732214",
      "created_at": "Sun Mar 09 17:19:43 +0000 2025",
      "favorited": false,
      "full_text": "RT @TeachHistUK: Free KS3 resource pack on the Windrush generation, written by teachers for teachers https://t.co/Qm3vX8aLpz",
      "lang": "en",
      "possibly_sensitive": false
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1898125083722482186"
          ],
          "editableUntil": "2025-03-07T22:34:20.000Z",
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
      "favorite_count": "61",
      "id_str": "1898125083722482186",
      "truncated": false,
      "retweet_count": "4",
      "id": "1898125083722482186",
      "created_at": "Fri Mar 07 21:34:20 +0000 2025",
      "favorited": false,
      "full_text": "Reading out the real signs from 1950s Alabama ('Whites only', 'Colored waiting room') still makes the room go silent every year. It should.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1894634437858163763"
          ],
          "editableUntil": "2025-02-26T07:23:45.000Z",
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
        "138"
      ],
      "favorite_count": "5",
      "id_str": "1894634437858163763",
      "truncated": false,
      "retweet_count": "2",
      "id": "1894634437858163763",
      "created_at": "Wed Feb 26 06:23:45 +0000 2025",
      "favorited": false,
      "full_text": "Budget meeting: we're losing two TAs and the whole music department after Easter. Staff haven't been told yet so act surprised on Monday 🙃",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1886459421501966535"
          ],
          "editableUntil": "2025-02-03T17:59:09.000Z",
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
        "120"
      ],
      "favorite_count": "14",
      "id_str": "1886459421501966535",
      "truncated": false,
      "retweet_count": "11",
      "id": "1886459421501966535",
      "created_at": "Mon Feb 03 16:59:09 +0000 2025",
      "favorited": false,
      "full_text": "Great tits and a pair of blue tits on the feeder this morning. Half term birdwatching is the only therapy I can afford 🐦",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1884234532493811676"
          ],
          "editableUntil": "2025-01-28T14:38:14.000Z",
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
      "favorite_count": "1",
      "id_str": "1884234532493811676",
      "truncated": false,
      "retweet_count": "4",
      "id": "1884234532493811676",
      "created_at": "Tue Jan 28 13:38:14 +0000 2025",
      "favorited": false,
      "full_text": "Parents evening till 8 then straight to the Crown. 4 pints &amp; a Jägerbomb later and I've still got the Tudors at 8:50. Year 8 are getting a documentary tomorrow",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1875321303337519274"
          ],
          "editableUntil": "2025-01-04T00:20:15.000Z",
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
        "145"
      ],
      "favorite_count": "61",
      "id_str": "1875321303337519274",
      "truncated": false,
      "retweet_count": "0",
      "id": "1875321303337519274",
      "created_at": "Fri Jan 03 23:20:15 +0000 2025",
      "favorited": false,
      "full_text": "Not being funny but you can tell which kids are off the Hillcrest estate before they've even opened their mouths at parents evening. Apple, tree.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1871671200151260003"
          ],
          "editableUntil": "2024-12-24T22:36:02.000Z",
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
        "153"
      ],
      "favorite_count": "230",
      "id_str": "1871671200151260003",
      "truncated": false,
      "retweet_count": "2",
      "id": "1871671200151260003",
      "created_at": "Tue Dec 24 21:36:02 +0000 2024",
      "favorited": false,
      "full_text": "Flight BA1387 to Belfast delayed 3 hours so the Titanic museum trip is currently a trip round Manchester Airport Wetherspoons (for breakfast. calm down.)",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1868403839262109916"
          ],
          "editableUntil": "2024-12-15T22:12:43.000Z",
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
        "100"
      ],
      "favorite_count": "61",
      "id_str": "1868403839262109916",
      "truncated": false,
      "retweet_count": "0",
      "id": "1868403839262109916",
      "created_at": "Sun Dec 15 21:12:43 +0000 2024",
      "favorited": false,
      "full_text": "1 in 4 teachers leave within five years. That's not a 'resilience' problem, it's a workload problem.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1867712161745604929"
          ],
          "editableUntil": "2024-12-14T00:24:14.000Z",
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
        "146"
      ],
      "favorite_count": "0",
      "id_str": "1867712161745604929",
      "truncated": false,
      "retweet_count": "2",
      "id": "1867712161745604929",
      "created_at": "Fri Dec 13 23:24:14 +0000 2024",
      "favorited": false,
      "full_text": "Fun fact: our trust CEO got a 14% pay rise this year. Support staff got a tin of Celebrations. Cheapest employer in the North West and proud of it",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1866831876130384305"
          ],
          "editableUntil": "2024-12-11T14:06:17.000Z",
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
            "name": "History Daily",
            "screen_name": "HistoryDaily_",
            "indices": [
              "3",
              "17"
            ],
            "id_str": "928806389837694044",
            "id": "928806389837694044"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "125"
      ],
      "favorite_count": "0",
      "id_str": "1866831876130384305",
      "truncated": false,
      "retweet_count": "4",
      "id": "1866831876130384305",
      "created_at": "Wed Dec 11 13:06:17 +0000 2024",
      "favorited": false,
      "full_text": "RT @HistoryDaily_: On this day in 1933 the United States repealed Prohibition. Within hours, bars reopened across the country",
      "lang": "en",
      "possibly_sensitive": false
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1864663343015453892"
          ],
          "editableUntil": "2024-12-05T14:29:19.000Z",
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
        "52"
      ],
      "favorite_count": "61",
      "id_str": "1864663343015453892",
      "truncated": false,
      "retweet_count": "1",
      "id": "1864663343015453892",
      "created_at": "Thu Dec 05 13:29:19 +0000 2024",
      "favorited": false,
      "full_text": "Applied for head of year. Terrifying. Wish me luck 🤞",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1860215576800425113"
          ],
          "editableUntil": "2024-11-23T07:55:29.000Z",
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
        "158"
      ],
      "favorite_count": "0",
      "id_str": "1860215576800425113",
      "truncated": false,
      "retweet_count": "0",
      "id": "1860215576800425113",
      "created_at": "Sat Nov 23 06:55:29 +0000 2024",
      "favorited": false,
      "full_text": "Some parents should need a licence. Dad tonight insisted his son's essay is 'basically A* standard'. It's 200 words and half of it is the question copied out.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1855355628088547763"
          ],
          "editableUntil": "2024-11-09T22:03:47.000Z",
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
      "favorite_count": "61",
      "id_str": "1855355628088547763",
      "truncated": false,
      "retweet_count": "2",
      "id": "1855355628088547763",
      "created_at": "Sat Nov 09 21:03:47 +0000 2024",
      "favorited": false,
      "full_text": "Bloody Mary was not as bad as Protestant propaganda says and I will die on this hill. Y8 strongly disagree.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1853835011869105722"
          ],
          "editableUntil": "2024-11-05T17:21:24.000Z",
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
      "favorite_count": "2",
      "id_str": "1853835011869105722",
      "truncated": false,
      "retweet_count": "4",
      "id": "1853835011869105722",
      "created_at": "Tue Nov 05 16:21:24 +0000 2024",
      "favorited": false,
      "full_text": "Y8 absolutely loved the Gunpowder Plot lesson. Nothing like 30 twelve-year-olds plotting to blow up Parliament (on paper) to wake everyone up on a Monday 💥",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1850881336605727244"
          ],
          "editableUntil": "2024-10-28T13:44:33.000Z",
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
      "favorite_count": "14",
      "id_str": "1850881336605727244",
      "truncated": false,
      "retweet_count": "0",
      "id": "1850881336605727244",
      "created_at": "Mon Oct 28 12:44:33 +0000 2024",
      "favorited": false,
      "full_text": "Bloody hell the clocks going back has wrecked me. Who the fuck decided this was a good idea",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1843535948668073709"
          ],
          "editableUntil": "2024-10-08T07:16:36.000Z",
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
        "122"
      ],
      "favorite_count": "5",
      "id_str": "1843535948668073709",
      "truncated": false,
      "retweet_count": "2",
      "id": "1843535948668073709",
      "created_at": "Tue Oct 08 06:16:36 +0000 2024",
      "favorited": false,
      "full_text": "Accidentally saw the pay sheet on the printer. New PE guy is on UPS3 after 2 years?? I'm on M6 after 9. Make it make sense",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1843366610036905872"
          ],
          "editableUntil": "2024-10-07T20:03:42.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Jo 🍋",
            "screen_name": "jojo_bakes",
            "indices": [
              "0",
              "11"
            ],
            "id_str": "774528142960645508",
            "id": "774528142960645508"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "12",
        "69"
      ],
      "favorite_count": "1",
      "id_str": "1843366610036905872",
      "truncated": false,
      "retweet_count": "1",
      "id": "1843366610036905872",
      "created_at": "Mon Oct 07 19:03:42 +0000 2024",
      "favorited": false,
      "full_text": "@jojo_bakes that man had HANDS. he can put me in detention any day 🥵💦",
      "lang": "en",
      "in_reply_to_status_id_str": "1843323325184603877",
      "in_reply_to_status_id": "1843323325184603877",
      "in_reply_to_user_id": "774528142960645508",
      "in_reply_to_user_id_str": "774528142960645508",
      "in_reply_to_screen_name": "jojo_bakes"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1835031831813324164"
          ],
          "editableUntil": "2024-09-14T20:04:16.000Z",
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
        "120"
      ],
      "favorite_count": "14",
      "id_str": "1835031831813324164",
      "truncated": false,
      "retweet_count": "0",
      "id": "1835031831813324164",
      "created_at": "Sat Sep 14 19:04:16 +0000 2024",
      "favorited": false,
      "full_text": "the only way to survive Ofsted week is a little edible on Sunday night 🍃😌 slept like a baby, observed lesson graded Good",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1831448567079233847"
          ],
          "editableUntil": "2024-09-04T22:45:39.000Z",
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
        "148"
      ],
      "favorite_count": "0",
      "id_str": "1831448567079233847",
      "truncated": false,
      "retweet_count": "2",
      "id": "1831448567079233847",
      "created_at": "Wed Sep 04 21:45:39 +0000 2024",
      "favorited": false,
      "full_text": "School run sorted for this year: Maisie's at Broadstone Primary, my mum picks her up 3.15 Tues &amp; Thurs, so I can finally run after-school revision 🙌",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1828056725430309926"
          ],
          "editableUntil": "2024-08-26T14:07:41.000Z",
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
        "167"
      ],
      "favorite_count": "3",
      "id_str": "1828056725430309926",
      "truncated": false,
      "retweet_count": "0",
      "id": "1828056725430309926",
      "created_at": "Mon Aug 26 13:07:41 +0000 2024",
      "favorited": false,
      "full_text": "Our head announced a 'wellbeing initiative' today. It's a fruit bowl. In the staff room. Where the kettle has been broken since September. Truly visionary leadership 🍌",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1827107611007862132"
          ],
          "editableUntil": "2024-08-23T23:16:15.000Z",
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
        "88"
      ],
      "favorite_count": "27",
      "id_str": "1827107611007862132",
      "truncated": false,
      "retweet_count": "0",
      "id": "1827107611007862132",
      "created_at": "Fri Aug 23 22:16:15 +0000 2024",
      "favorited": false,
      "full_text": "Y11 mocks -&gt; Y13 coursework -&gt; reports -&gt; parents evening. Half term? Never heard of her",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1819458700457652486"
          ],
          "editableUntil": "2024-08-02T20:42:12.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Mr P",
            "screen_name": "mr_p_teaches",
            "indices": [
              "0",
              "13"
            ],
            "id_str": "488542469700402043",
            "id": "488542469700402043"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "14",
        "156"
      ],
      "favorite_count": "1",
      "id_str": "1819458700457652486",
      "truncated": false,
      "retweet_count": "11",
      "id": "1819458700457652486",
      "created_at": "Fri Aug 02 19:42:12 +0000 2024",
      "favorited": false,
      "full_text": "@mr_p_teaches the new RSE guidance is actually sensible for once. Consent, online safety, healthy relationships. Nothing scandalous, whatever the papers say",
      "lang": "en",
      "in_reply_to_status_id_str": "1819414155296956129",
      "in_reply_to_status_id": "1819414155296956129",
      "in_reply_to_user_id": "488542469700402043",
      "in_reply_to_user_id_str": "488542469700402043",
      "in_reply_to_screen_name": "mr_p_teaches"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1813690286530663523"
          ],
          "editableUntil": "2024-07-17T22:40:35.000Z",
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
        "46"
      ],
      "favorite_count": "8",
      "id_str": "1813690286530663523",
      "truncated": false,
      "retweet_count": "11",
      "id": "1813690286530663523",
      "created_at": "Wed Jul 17 21:40:35 +0000 2024",
      "favorited": false,
      "full_text": "Voted. Took the dog. The dog did not vote. 🗳️🐕",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1812928480669597072"
          ],
          "editableUntil": "2024-07-15T20:13:27.000Z",
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
        "133"
      ],
      "favorite_count": "61",
      "id_str": "1812928480669597072",
      "truncated": false,
      "retweet_count": "4",
      "id": "1812928480669597072",
      "created_at": "Mon Jul 15 19:13:27 +0000 2024",
      "favorited": false,
      "full_text": "Parents: the absence line is 0161 496 0732, please ring before 8.30 rather than emailing me, I genuinely don't see emails until break",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1804606337123911898"
          ],
          "editableUntil": "2024-06-22T21:04:13.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [
          {
            "text": "204",
            "indices": [
              "6",
              "10"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "128"
      ],
      "favorite_count": "61",
      "id_str": "1804606337123911898",
      "truncated": false,
      "retweet_count": "0",
      "id": "1804606337123911898",
      "created_at": "Sat Jun 22 20:04:13 +0000 2024",
      "favorited": false,
      "full_text": "Order #204-7731982-4410 for 30 copies of Animal Farm has been 'out for delivery' for 11 days. Orwell would have something to say",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1803519713293867614"
          ],
          "editableUntil": "2024-06-19T21:06:22.000Z",
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
        "163"
      ],
      "favorite_count": "3",
      "id_str": "1803519713293867614",
      "truncated": false,
      "retweet_count": "1",
      "id": "1803519713293867614",
      "created_at": "Wed Jun 19 20:06:22 +0000 2024",
      "favorited": false,
      "full_text": "The lad in my Y10 class whose dad was on the news last week for the Stockport thing wrote the most heartbreaking essay today. So bright. Hope he gets out of there.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1801230431399068249"
          ],
          "editableUntil": "2024-06-13T13:29:34.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Jo 🍋",
            "screen_name": "jojo_bakes",
            "indices": [
              "0",
              "11"
            ],
            "id_str": "774528142960645508",
            "id": "774528142960645508"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "12",
        "69"
      ],
      "favorite_count": "61",
      "id_str": "1801230431399068249",
      "truncated": false,
      "retweet_count": "1",
      "id": "1801230431399068249",
      "created_at": "Thu Jun 13 12:29:34 +0000 2024",
      "favorited": false,
      "full_text": "@jojo_bakes that lemon drizzle was unreal, save me a slice for Sunday",
      "lang": "en",
      "in_reply_to_status_id_str": "1801173052177430880",
      "in_reply_to_status_id": "1801173052177430880",
      "in_reply_to_user_id": "774528142960645508",
      "in_reply_to_user_id_str": "774528142960645508",
      "in_reply_to_screen_name": "jojo_bakes"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1800792020873367591"
          ],
          "editableUntil": "2024-06-12T08:27:29.000Z",
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
        "146"
      ],
      "favorite_count": "0",
      "id_str": "1800792020873367591",
      "truncated": false,
      "retweet_count": "1",
      "id": "1800792020873367591",
      "created_at": "Wed Jun 12 07:27:29 +0000 2024",
      "favorited": false,
      "full_text": "New colleague announced she's pregnant 3 weeks into the job. Some people only apply for the maternity pay, should honestly be a probation question",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1796875709014964199"
          ],
          "editableUntil": "2024-06-01T13:05:28.000Z",
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
            "name": "Staffroom Confessions",
            "screen_name": "staffroomconfess",
            "indices": [
              "3",
              "20"
            ],
            "id_str": "1021658907960723124",
            "id": "1021658907960723124"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "116"
      ],
      "favorite_count": "0",
      "id_str": "1796875709014964199",
      "truncated": false,
      "retweet_count": "0",
      "id": "1796875709014964199",
      "created_at": "Sat Jun 01 12:05:28 +0000 2024",
      "favorited": false,
      "full_text": "RT @staffroomconfess: Friday briefing hits different when half the English dept are still on last night's tequila 🥴🥃",
      "lang": "en",
      "possibly_sensitive": false
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1793312062609178365"
          ],
          "editableUntil": "2024-05-22T17:04:48.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Mr P",
            "screen_name": "mr_p_teaches",
            "indices": [
              "0",
              "13"
            ],
            "id_str": "488542469700402043",
            "id": "488542469700402043"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "14",
        "154"
      ],
      "favorite_count": "0",
      "id_str": "1793312062609178365",
      "truncated": false,
      "retweet_count": "0",
      "id": "1793312062609178365",
      "created_at": "Wed May 22 16:04:48 +0000 2024",
      "favorited": false,
      "full_text": "@mr_p_teaches same here. SENCo told us Lily in 8R has just been diagnosed with ADHD and her mum's going through a nasty divorce, so that explains Tuesdays",
      "lang": "en",
      "in_reply_to_status_id_str": "1793272550740585973",
      "in_reply_to_status_id": "1793272550740585973",
      "in_reply_to_user_id": "488542469700402043",
      "in_reply_to_user_id_str": "488542469700402043",
      "in_reply_to_screen_name": "mr_p_teaches"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1792694992495818159"
          ],
          "editableUntil": "2024-05-21T00:12:47.000Z",
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
        "139"
      ],
      "favorite_count": "5",
      "id_str": "1792694992495818159",
      "truncated": false,
      "retweet_count": "4",
      "id": "1792694992495818159",
      "created_at": "Mon May 20 23:12:47 +0000 2024",
      "favorited": false,
      "full_text": "If the man who parks across the school gates every morning does it ONE more time I'm putting a brick through his windscreen, I swear to god",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1785017148829634878"
          ],
          "editableUntil": "2024-04-29T19:43:46.000Z",
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
        "39"
      ],
      "favorite_count": "2",
      "id_str": "1785017148829634878",
      "truncated": false,
      "retweet_count": "0",
      "id": "1785017148829634878",
      "created_at": "Mon Apr 29 18:43:46 +0000 2024",
      "favorited": false,
      "full_text": "WHY is the photocopier jammed AGAIN ffs",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1784328454437606307"
          ],
          "editableUntil": "2024-04-27T22:07:09.000Z",
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
        "135"
      ],
      "favorite_count": "8",
      "id_str": "1784328454437606307",
      "truncated": false,
      "retweet_count": "11",
      "id": "1784328454437606307",
      "created_at": "Sat Apr 27 21:07:09 +0000 2024",
      "favorited": false,
      "full_text": "Politics club debate on drug decriminalisation: Portugal model vs ours. Sixth formers were brilliant, properly researched both sides &lt;3",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1774177770718995242"
          ],
          "editableUntil": "2024-03-30T21:51:57.000Z",
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
        "132"
      ],
      "favorite_count": "8",
      "id_str": "1774177770718995242",
      "truncated": false,
      "retweet_count": "0",
      "id": "1774177770718995242",
      "created_at": "Sat Mar 30 20:51:57 +0000 2024",
      "favorited": false,
      "full_text": "Y9 debate today: was Cromwell a hero or a war criminal? One lad argued the execution of Charles I was 'a bit much'. Can't fault him.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1761278682739540644"
          ],
          "editableUntil": "2024-02-24T07:35:35.000Z",
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
        "148"
      ],
      "favorite_count": "1",
      "id_str": "1761278682739540644",
      "truncated": false,
      "retweet_count": "1",
      "id": "1761278682739540644",
      "created_at": "Sat Feb 24 06:35:35 +0000 2024",
      "favorited": false,
      "full_text": "Teaching the Opium Wars to Y12 tomorrow. If you've never read about how the British Empire essentially ran a drug cartel in China, you really should",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1751355038166757754"
          ],
          "editableUntil": "2024-01-27T22:22:34.000Z",
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
        "133"
      ],
      "favorite_count": "3",
      "id_str": "1751355038166757754",
      "truncated": false,
      "retweet_count": "11",
      "id": "1751355038166757754",
      "created_at": "Sat Jan 27 21:22:34 +0000 2024",
      "favorited": false,
      "full_text": "Mum's 70th next week! If anyone from the old school wants to send a card: 14 Rowan Close, Heaton Mersey, SK4 3PQ. She'd be made up ❤️",
      "lang": "en"
    }
  }
]