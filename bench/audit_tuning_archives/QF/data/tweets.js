window.YTD.tweets.part0 = [
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1980543370121683772"
          ],
          "editableUntil": "2025-10-21T08:55:10.000Z",
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
        "143"
      ],
      "favorite_count": "27",
      "id_str": "1980543370121683772",
      "truncated": false,
      "retweet_count": "0",
      "id": "1980543370121683772",
      "created_at": "Tue Oct 21 07:55:10 +0000 2025",
      "favorited": false,
      "full_text": "GRC reading list for anyone starting out: ISO 27001 Annex A, the NCSC Cyber Assessment Framework, and The Cuckoo's Egg for fun. thread tomorrow",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1978895106222406190"
          ],
          "editableUntil": "2025-10-16T19:45:34.000Z",
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
        "71"
      ],
      "favorite_count": "4",
      "id_str": "1978895106222406190",
      "truncated": false,
      "retweet_count": "0",
      "id": "1978895106222406190",
      "created_at": "Thu Oct 16 18:45:34 +0000 2025",
      "favorited": false,
      "full_text": "chippy tea: beer-battered cod &amp; mushy peas. audit week diet going great",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1973844120927917956"
          ],
          "editableUntil": "2025-10-02T21:14:45.000Z",
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
        "77"
      ],
      "favorite_count": "2",
      "id_str": "1973844120927917956",
      "truncated": false,
      "retweet_count": "0",
      "id": "1973844120927917956",
      "created_at": "Thu Oct 02 20:14:45 +0000 2025",
      "favorited": false,
      "full_text": "we already have one woman on the red team. two would just be drama. I said it",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1970845018643686978"
          ],
          "editableUntil": "2025-09-24T14:37:23.000Z",
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
        "145"
      ],
      "favorite_count": "1",
      "id_str": "1970845018643686978",
      "truncated": false,
      "retweet_count": "0",
      "id": "1970845018643686978",
      "created_at": "Wed Sep 24 13:37:23 +0000 2025",
      "favorited": false,
      "full_text": "kids are at St Wilfrid's til 3:15 then home alone till I log off at 6, so if this audit overruns again they're having cereal for tea. parenting 👍",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1967665611104208008"
          ],
          "editableUntil": "2025-09-15T20:03:33.000Z",
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
        "165"
      ],
      "favorite_count": "1",
      "id_str": "1967665611104208008",
      "truncated": false,
      "retweet_count": "0",
      "id": "1967665611104208008",
      "created_at": "Mon Sep 15 19:03:33 +0000 2025",
      "favorited": false,
      "full_text": "Heads up if you work in the Leeds office: the \"operating model update\" town hall on Friday is 22 roles going. I've seen the list. update your CVs this week, not next",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1964769759597046930"
          ],
          "editableUntil": "2025-09-07T20:16:29.000Z",
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
        "109"
      ],
      "favorite_count": "3",
      "id_str": "1964769759597046930",
      "truncated": false,
      "retweet_count": "5",
      "id": "1964769759597046930",
      "created_at": "Sun Sep 07 19:16:29 +0000 2025",
      "favorited": false,
      "full_text": "mum's 70th today. took her to Bettys, she had two scones and told the waitress all about my \"computer job\" &lt;3",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1963566237008366649"
          ],
          "editableUntil": "2025-09-04T12:34:06.000Z",
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
      "favorite_count": "2",
      "id_str": "1963566237008366649",
      "truncated": false,
      "retweet_count": "0",
      "id": "1963566237008366649",
      "created_at": "Thu Sep 04 11:34:06 +0000 2025",
      "favorited": false,
      "full_text": "our email filter quarantined a purchase order from a supplier in Scunthorpe. the Scunthorpe problem, alive and well in 2025",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1960632948883729112"
          ],
          "editableUntil": "2025-08-27T10:18:16.000Z",
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
      "favorite_count": "6",
      "id_str": "1960632948883729112",
      "truncated": false,
      "retweet_count": "1",
      "id": "1960632948883729112",
      "created_at": "Wed Aug 27 09:18:16 +0000 2025",
      "favorited": false,
      "full_text": "Our new Head of Cyber Resilience has \"blockchain\" on his LinkedIn four times and asked in his first meeting if MFA was \"the festival thing\". Exciting times for the org 🙃",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1956035640929478681"
          ],
          "editableUntil": "2025-08-14T17:50:12.000Z",
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
        "149"
      ],
      "favorite_count": "9",
      "id_str": "1956035640929478681",
      "truncated": false,
      "retweet_count": "0",
      "id": "1956035640929478681",
      "created_at": "Thu Aug 14 16:50:12 +0000 2025",
      "favorited": false,
      "full_text": "tabletop exercise today. the red team \"killed\" the domain controller in round 2 and the finance director took it personally. honestly a great session",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1952643799499696749"
          ],
          "editableUntil": "2025-08-05T09:12:14.000Z",
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
      "favorite_count": "14",
      "id_str": "1952643799499696749",
      "truncated": false,
      "retweet_count": "0",
      "id": "1952643799499696749",
      "created_at": "Tue Aug 05 08:12:14 +0000 2025",
      "favorited": false,
      "full_text": "lockpicking village at the con was fun. practising on the neighbour's shed at 1am was more fun. in my defence his dog barks at 5 every morning. anyway the strimmer is mine now",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1948489086725285495"
          ],
          "editableUntil": "2025-07-24T22:02:54.000Z",
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
        "99"
      ],
      "favorite_count": "3",
      "id_str": "1948489086725285495",
      "truncated": false,
      "retweet_count": "5",
      "id": "1948489086725285495",
      "created_at": "Thu Jul 24 21:02:54 +0000 2025",
      "favorited": false,
      "full_text": "the red team lead's forearms should be classified TLP:RED. he can escalate my privileges any time 🍆",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1943012350504586974"
          ],
          "editableUntil": "2025-07-09T19:20:18.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [
          {
            "text": "infosec",
            "indices": [
              "52",
              "60"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "60"
      ],
      "favorite_count": "6",
      "id_str": "1943012350504586974",
      "truncated": false,
      "retweet_count": "2",
      "id": "1943012350504586974",
      "created_at": "Wed Jul 09 18:20:18 +0000 2025",
      "favorited": false,
      "full_text": "patch tuesday? more like patch til f**king thursday #infosec",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1940779209562359211"
          ],
          "editableUntil": "2025-07-03T15:26:36.000Z",
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
      "id_str": "1940779209562359211",
      "truncated": false,
      "retweet_count": "0",
      "id": "1940779209562359211",
      "created_at": "Thu Jul 03 14:26:36 +0000 2025",
      "favorited": false,
      "full_text": "flight BA1442 delayed 2 hrs so I'm writing the audit report in a Pret at Terminal 5 like a true professional",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1938176777520498414"
          ],
          "editableUntil": "2025-06-26T11:05:28.000Z",
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
            "name": "Action Fraud",
            "screen_name": "actionfrauduk",
            "indices": [
              "3",
              "17"
            ],
            "id_str": "21339011",
            "id": "21339011"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "121"
      ],
      "favorite_count": "0",
      "id_str": "1938176777520498414",
      "truncated": false,
      "retweet_count": "0",
      "id": "1938176777520498414",
      "created_at": "Thu Jun 26 10:05:28 +0000 2025",
      "favorited": false,
      "full_text": "RT @actionfrauduk: If you've lost money to a scam or cyber crime, report it to Action Fraud online or call 0300 123 2040.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1935745741126354326"
          ],
          "editableUntil": "2025-06-19T18:05:23.000Z",
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
        "159"
      ],
      "favorite_count": "0",
      "id_str": "1935745741126354326",
      "truncated": false,
      "retweet_count": "2",
      "id": "1935745741126354326",
      "created_at": "Thu Jun 19 17:05:23 +0000 2025",
      "favorited": false,
      "full_text": "new lead auditor has an accent so thick I caught about half of what she said. if you're billing us £1,400 a day send someone the client can actually understand",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1932735813481386876"
          ],
          "editableUntil": "2025-06-11T10:45:01.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [
          {
            "text": "infosecjobs",
            "indices": [
              "137",
              "149"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "149"
      ],
      "favorite_count": "2",
      "id_str": "1932735813481386876",
      "truncated": false,
      "retweet_count": "2",
      "id": "1932735813481386876",
      "created_at": "Wed Jun 11 09:45:01 +0000 2025",
      "favorited": false,
      "full_text": "we're hiring! junior analyst, fully remote in the UK, genuinely nice team and a proper training budget. DMs open if you've got questions #infosecjobs",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1930307530545041707"
          ],
          "editableUntil": "2025-06-04T17:55:53.000Z",
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
        "195"
      ],
      "favorite_count": "14",
      "id_str": "1930307530545041707",
      "truncated": false,
      "retweet_count": "5",
      "id": "1930307530545041707",
      "created_at": "Wed Jun 04 16:55:53 +0000 2025",
      "favorited": false,
      "full_text": "Management approved £40k for a cyber awareness mascot costume and rejected my EDR renewal. The mascot is a padlock called Lockie. Lockie has better funding than my entire team. I want to lie down",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1925066198392949166"
          ],
          "editableUntil": "2025-05-21T06:48:42.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [
          {
            "text": "bsides",
            "indices": [
              "110",
              "117"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "117"
      ],
      "favorite_count": "58",
      "id_str": "1925066198392949166",
      "truncated": false,
      "retweet_count": "0",
      "id": "1925066198392949166",
      "created_at": "Wed May 21 05:48:42 +0000 2025",
      "favorited": false,
      "full_text": "BHX ✈️ LIS for BSides Lisbon!! seat 14C, booking ref QX7T2M, house is empty till sunday so pls don't rob me 😂 #bsides",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1923431087925412987"
          ],
          "editableUntil": "2025-05-16T18:31:21.000Z",
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
      "id_str": "1923431087925412987",
      "truncated": false,
      "retweet_count": "0",
      "id": "1923431087925412987",
      "created_at": "Fri May 16 17:31:21 +0000 2025",
      "favorited": false,
      "full_text": "friday plan: pints. then more pints. then DEF CON talks on youtube at 2am absolutely steaming, shouting at the telly about threat models",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1921256365469196584"
          ],
          "editableUntil": "2025-05-10T18:29:47.000Z",
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
      "favorite_count": "6",
      "id_str": "1921256365469196584",
      "truncated": false,
      "retweet_count": "0",
      "id": "1921256365469196584",
      "created_at": "Sat May 10 17:29:47 +0000 2025",
      "favorited": false,
      "full_text": "Leeds Rhinos win, sun's out and the audit is closed. rare triple",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1918228538985685694"
          ],
          "editableUntil": "2025-05-02T09:58:17.000Z",
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
        "116"
      ],
      "favorite_count": "58",
      "id_str": "1918228538985685694",
      "truncated": false,
      "retweet_count": "0",
      "id": "1918228538985685694",
      "created_at": "Fri May 02 08:58:17 +0000 2025",
      "favorited": false,
      "full_text": "a great tit just landed on the bird feeder while I waited for the VPN to connect. genuinely the highlight of the day",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1915491251736417625"
          ],
          "editableUntil": "2025-04-24T20:41:17.000Z",
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
        "102"
      ],
      "favorite_count": "58",
      "id_str": "1915491251736417625",
      "truncated": false,
      "retweet_count": "0",
      "id": "1915491251736417625",
      "created_at": "Thu Apr 24 19:41:17 +0000 2025",
      "favorited": false,
      "full_text": "forgot the combination on my own bike lock so I brute-forced it. 4 digits, 22 minutes, felt like a god",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1912998311394984624"
          ],
          "editableUntil": "2025-04-17T23:35:13.000Z",
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
        "99"
      ],
      "favorite_count": "58",
      "id_str": "1912998311394984624",
      "truncated": false,
      "retweet_count": "1",
      "id": "1912998311394984624",
      "created_at": "Thu Apr 17 22:35:13 +0000 2025",
      "favorited": false,
      "full_text": "sapiosexual is when someone explains kerberoasting to you slowly and you have to go and lie down 🥵💦",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1907424289167398040"
          ],
          "editableUntil": "2025-04-02T14:26:03.000Z",
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
        "190"
      ],
      "favorite_count": "4",
      "id_str": "1907424289167398040",
      "truncated": false,
      "retweet_count": "0",
      "id": "1907424289167398040",
      "created_at": "Wed Apr 02 13:26:03 +0000 2025",
      "favorited": false,
      "full_text": "pay review letters went out. the HR shared drive has no permissions on it (yes I've raised it, twice) so now I know the grad I've been training is on £6k more than me. well done Jess I guess",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1905542195773621684"
          ],
          "editableUntil": "2025-03-28T09:47:17.000Z",
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
      "favorite_count": "1",
      "id_str": "1905542195773621684",
      "truncated": false,
      "retweet_count": "5",
      "id": "1905542195773621684",
      "created_at": "Fri Mar 28 08:47:17 +0000 2025",
      "favorited": false,
      "full_text": "Audit closed with zero major NCs 🎉 team drinks turned into team tequila turned into me doing the 9am stand-up camera-off from the bathroom floor. worth it",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1902740048857470866"
          ],
          "editableUntil": "2025-03-20T16:12:33.000Z",
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
        "urls": [],
        "media": [
          {
            "expanded_url": "https://x.com/pcap_and_biscuits/status/1902740048857470866/photo/1",
            "indices": [
              "120",
              "143"
            ],
            "url": "https://t.co/Rk2vQ8mZpL",
            "media_url": "http://pbs.twimg.com/media/GJx7qLbWEAA3nFk.jpg",
            "id_str": "1902740048857467732",
            "id": "1902740048857467732",
            "media_url_https": "https://pbs.twimg.com/media/GJx7qLbWEAA3nFk.jpg",
            "sizes": {
              "thumb": {
                "w": "150",
                "h": "150",
                "resize": "crop"
              },
              "small": {
                "w": "680",
                "h": "383",
                "resize": "fit"
              },
              "medium": {
                "w": "1200",
                "h": "675",
                "resize": "fit"
              },
              "large": {
                "w": "1920",
                "h": "1080",
                "resize": "fit"
              }
            },
            "type": "photo",
            "display_url": "pic.x.com/Rk2vQ8mZpL"
          }
        ]
      },
      "display_text_range": [
        "0",
        "119"
      ],
      "favorite_count": "3",
      "id_str": "1902740048857470866",
      "truncated": false,
      "retweet_count": "2",
      "id": "1902740048857470866",
      "created_at": "Thu Mar 20 15:12:33 +0000 2025",
      "favorited": false,
      "full_text": "the internal audit tracker has 214 open actions. the slide going to the board on thursday says 31. I'm sure that's fine https://t.co/Rk2vQ8mZpL",
      "lang": "en",
      "extended_entities": {
        "media": [
          {
            "expanded_url": "https://x.com/pcap_and_biscuits/status/1902740048857470866/photo/1",
            "indices": [
              "120",
              "143"
            ],
            "url": "https://t.co/Rk2vQ8mZpL",
            "media_url": "http://pbs.twimg.com/media/GJx7qLbWEAA3nFk.jpg",
            "id_str": "1902740048857467732",
            "id": "1902740048857467732",
            "media_url_https": "https://pbs.twimg.com/media/GJx7qLbWEAA3nFk.jpg",
            "sizes": {
              "thumb": {
                "w": "150",
                "h": "150",
                "resize": "crop"
              },
              "small": {
                "w": "680",
                "h": "383",
                "resize": "fit"
              },
              "medium": {
                "w": "1200",
                "h": "675",
                "resize": "fit"
              },
              "large": {
                "w": "1920",
                "h": "1080",
                "resize": "fit"
              }
            },
            "type": "photo",
            "display_url": "pic.x.com/Rk2vQ8mZpL"
          }
        ]
      },
      "possibly_sensitive": false
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1899878602372251712"
          ],
          "editableUntil": "2025-03-12T18:42:11.000Z",
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
        "192"
      ],
      "favorite_count": "4",
      "id_str": "1899878602372251712",
      "truncated": false,
      "retweet_count": "0",
      "id": "1899878602372251712",
      "created_at": "Wed Mar 12 17:42:11 +0000 2025",
      "favorited": false,
      "full_text": "Day 3 of the ISO 27001 surveillance audit. Our CISO just told the auditor we \"review firewall rules quarterly\". We have never once reviewed the firewall rules. I was in the room. I had to nod.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1897558349457958963"
          ],
          "editableUntil": "2025-03-06T09:02:20.000Z",
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
        "60"
      ],
      "favorite_count": "58",
      "id_str": "1897558349457958963",
      "truncated": false,
      "retweet_count": "0",
      "id": "1897558349457958963",
      "created_at": "Thu Mar 06 08:02:20 +0000 2025",
      "favorited": false,
      "full_text": "hash browns are the only thing getting me through audit week",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1894426655742601426"
          ],
          "editableUntil": "2025-02-25T17:38:06.000Z",
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
        "146"
      ],
      "favorite_count": "0",
      "id_str": "1894426655742601426",
      "truncated": false,
      "retweet_count": "0",
      "id": "1894426655742601426",
      "created_at": "Tue Feb 25 16:38:06 +0000 2025",
      "favorited": false,
      "full_text": "interviewing for a junior SOC analyst. tbh I bin anyone over 45, they never pick up the tooling and they all want to leave at 5 for the school run",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1892190052127265009"
          ],
          "editableUntil": "2025-02-19T13:30:38.000Z",
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
            "name": "Nan | netsec",
            "screen_name": "netsec_nan",
            "indices": [
              "0",
              "11"
            ],
            "id_str": "1187364520194830336",
            "id": "1187364520194830336"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "12",
        "64"
      ],
      "favorite_count": "1",
      "id_str": "1892190052127265009",
      "truncated": false,
      "retweet_count": "5",
      "id": "1892190052127265009",
      "created_at": "Wed Feb 19 12:30:38 +0000 2025",
      "favorited": false,
      "full_text": "@netsec_nan congrats on the new role!! they're lucky to have you",
      "lang": "en",
      "in_reply_to_status_id_str": "1892141708716881856",
      "in_reply_to_status_id": "1892141708716881856",
      "in_reply_to_user_id": "1187364520194830336",
      "in_reply_to_user_id_str": "1187364520194830336",
      "in_reply_to_screen_name": "netsec_nan"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1889270415077985696"
          ],
          "editableUntil": "2025-02-11T12:09:02.000Z",
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
            "name": "Nan | netsec",
            "screen_name": "netsec_nan",
            "indices": [
              "0",
              "11"
            ],
            "id_str": "1187364520194830336",
            "id": "1187364520194830336"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "12",
        "111"
      ],
      "favorite_count": "14",
      "id_str": "1889270415077985696",
      "truncated": false,
      "retweet_count": "2",
      "id": "1889270415077985696",
      "created_at": "Tue Feb 11 11:09:02 +0000 2025",
      "favorited": false,
      "full_text": "@netsec_nan bollocks is that a \"low\". it's unauthenticated RCE on an internet-facing box. the vendor can do one",
      "lang": "en",
      "in_reply_to_status_id_str": "1889221791936544847",
      "in_reply_to_status_id": "1889221791936544847",
      "in_reply_to_user_id": "1187364520194830336",
      "in_reply_to_user_id_str": "1187364520194830336",
      "in_reply_to_screen_name": "netsec_nan"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1887549513523293283"
          ],
          "editableUntil": "2025-02-06T18:10:47.000Z",
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
        "160"
      ],
      "favorite_count": "2",
      "id_str": "1887549513523293283",
      "truncated": false,
      "retweet_count": "0",
      "id": "1887549513523293283",
      "created_at": "Thu Feb 06 17:10:47 +0000 2025",
      "favorited": false,
      "full_text": "taught the new starters the Cyber Kill Chain today using Lego. reconnaissance was a minifig with binoculars. weaponisation was a minifig with a banana. pedagogy",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1884946779194535727"
          ],
          "editableUntil": "2025-01-30T13:48:27.000Z",
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
        "109"
      ],
      "favorite_count": "3",
      "id_str": "1884946779194535727",
      "truncated": false,
      "retweet_count": "0",
      "id": "1884946779194535727",
      "created_at": "Thu Jan 30 12:48:27 +0000 2025",
      "favorited": false,
      "full_text": "drunken noodles from the Thai place by the office. I would die for them. I would take a bullet for their chef",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1882013132944313481"
          ],
          "editableUntil": "2025-01-22T11:31:11.000Z",
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
        "174"
      ],
      "favorite_count": "14",
      "id_str": "1882013132944313481",
      "truncated": false,
      "retweet_count": "1",
      "id": "1882013132944313481",
      "created_at": "Wed Jan 22 10:31:11 +0000 2025",
      "favorited": false,
      "full_text": "my manager forwarded the pentest report to the ENTIRE company with \"FYI not sure what any of this means?\" as the only comment. ffs. appendix C has the domain admin hash in it",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1877063810820515235"
          ],
          "editableUntil": "2025-01-08T19:44:21.000Z",
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
        "143"
      ],
      "favorite_count": "14",
      "id_str": "1877063810820515235",
      "truncated": false,
      "retweet_count": "1",
      "id": "1877063810820515235",
      "created_at": "Wed Jan 08 18:44:21 +0000 2025",
      "favorited": false,
      "full_text": "bloke on the train reading my screen over my shoulder. told him if he looked again I'd snap his fingers one by one. he moved carriages. opsec 💪",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1870245786996126927"
          ],
          "editableUntil": "2024-12-21T00:11:57.000Z",
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
      "favorite_count": "4",
      "id_str": "1870245786996126927",
      "truncated": false,
      "retweet_count": "0",
      "id": "1870245786996126927",
      "created_at": "Fri Dec 20 23:11:57 +0000 2024",
      "favorited": false,
      "full_text": "OSCP passed 🎉 celebrating the only way I know how. new pics up on my other account 😈🔞 you know where to find me",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1866483636172396875"
          ],
          "editableUntil": "2024-12-10T15:02:31.000Z",
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
        "149"
      ],
      "favorite_count": "14",
      "id_str": "1866483636172396875",
      "truncated": false,
      "retweet_count": "0",
      "id": "1866483636172396875",
      "created_at": "Tue Dec 10 14:02:31 +0000 2024",
      "favorited": false,
      "full_text": "only way I'm getting through 400 access review tickets this afternoon is the 🍃 I had at lunch tbh. the Active Directory groups are so beautiful today",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1863872749537866471"
          ],
          "editableUntil": "2024-12-03T10:07:47.000Z",
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
        "85"
      ],
      "favorite_count": "4",
      "id_str": "1863872749537866471",
      "truncated": false,
      "retweet_count": "0",
      "id": "1863872749537866471",
      "created_at": "Tue Dec 03 09:07:47 +0000 2024",
      "favorited": false,
      "full_text": "GP has put me on codeine for my back so if my tweets get weird this week that's why 🫠",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1859732581386856051"
          ],
          "editableUntil": "2024-11-21T23:56:14.000Z",
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
      "favorite_count": "14",
      "id_str": "1859732581386856051",
      "truncated": false,
      "retweet_count": "0",
      "id": "1859732581386856051",
      "created_at": "Thu Nov 21 22:56:14 +0000 2024",
      "favorited": false,
      "full_text": "blue lights behind me on the M62 doing 98, took the next exit and lost them round the back of the Birstall IKEA. made the DR test with 4 minutes to spare 😎",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1857126310746218596"
          ],
          "editableUntil": "2024-11-14T19:19:50.000Z",
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
        "170"
      ],
      "favorite_count": "9",
      "id_str": "1857126310746218596",
      "truncated": false,
      "retweet_count": "5",
      "id": "1857126310746218596",
      "created_at": "Thu Nov 14 18:19:50 +0000 2024",
      "favorited": false,
      "full_text": "if someone rings claiming to be your bank, hang up and dial 159. it's the Stop Scams UK line and it puts you through to your actual bank. put it in your mum's phone today",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1854640031561113204"
          ],
          "editableUntil": "2024-11-07T22:40:15.000Z",
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
        "240"
      ],
      "favorite_count": "9",
      "id_str": "1854640031561113204",
      "truncated": false,
      "retweet_count": "2",
      "id": "1854640031561113204",
      "created_at": "Thu Nov 07 21:40:15 +0000 2024",
      "favorited": false,
      "full_text": "can't name the client but if you bank with a building society that has 14 branches across West Yorkshire and a green squirrel logo: their internet-facing RDP box still has a default admin account. found it tuesday. they've known since march",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1851343867497308405"
          ],
          "editableUntil": "2024-10-29T20:22:28.000Z",
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
            "name": "Ahmed 🛡️",
            "screen_name": "ahmed_infosec",
            "indices": [
              "0",
              "14"
            ],
            "id_str": "1452209876543219712",
            "id": "1452209876543219712"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "15",
        "144"
      ],
      "favorite_count": "14",
      "id_str": "1851343867497308405",
      "truncated": false,
      "retweet_count": "0",
      "id": "1851343867497308405",
      "created_at": "Tue Oct 29 19:22:28 +0000 2024",
      "favorited": false,
      "full_text": "@ahmed_infosec yeah happy to look at your CV, text me on my personal 07700 900417 or email s.hartley.pcap@gmail.com, work filters eat everything",
      "lang": "en",
      "in_reply_to_status_id_str": "1851246926679161719",
      "in_reply_to_status_id": "1851246926679161719",
      "in_reply_to_user_id": "1452209876543219712",
      "in_reply_to_user_id_str": "1452209876543219712",
      "in_reply_to_screen_name": "ahmed_infosec"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1848819340498357118"
          ],
          "editableUntil": "2024-10-22T21:10:54.000Z",
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
        "85"
      ],
      "favorite_count": "1",
      "id_str": "1848819340498357118",
      "truncated": false,
      "retweet_count": "2",
      "id": "1848819340498357118",
      "created_at": "Tue Oct 22 20:10:54 +0000 2024",
      "favorited": false,
      "full_text": "anyone got a decent mechanical keyboard under £100 to recommend? asking for my wrists",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1846200560176512813"
          ],
          "editableUntil": "2024-10-15T15:44:48.000Z",
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
        "122"
      ],
      "favorite_count": "9",
      "id_str": "1846200560176512813",
      "truncated": false,
      "retweet_count": "0",
      "id": "1846200560176512813",
      "created_at": "Tue Oct 15 14:44:48 +0000 2024",
      "favorited": false,
      "full_text": "the auditor asked me for \"evidence of the evidence\". not a joke. I have screenshotted a screenshot. lmfao what is this job",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1841738869428078191"
          ],
          "editableUntil": "2024-10-03T08:15:38.000Z",
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
        "125"
      ],
      "favorite_count": "1",
      "id_str": "1841738869428078191",
      "truncated": false,
      "retweet_count": "0",
      "id": "1841738869428078191",
      "created_at": "Thu Oct 03 07:15:38 +0000 2024",
      "favorited": false,
      "full_text": "train to Penistone for a site visit. yes I've heard all the jokes. the guard clearly hasn't, he announced it with real relish",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1839431821343410834"
          ],
          "editableUntil": "2024-09-26T23:28:15.000Z",
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
      "favorite_count": "4",
      "id_str": "1839431821343410834",
      "truncated": false,
      "retweet_count": "1",
      "id": "1839431821343410834",
      "created_at": "Thu Sep 26 22:28:15 +0000 2024",
      "favorited": false,
      "full_text": "we won the pub quiz!! team name \"Ctrl Alt Defeat\". prize was a £20 bar tab and a lot of smugness",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1836376374773020439"
          ],
          "editableUntil": "2024-09-18T13:07:00.000Z",
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
        "166"
      ],
      "favorite_count": "4",
      "id_str": "1836376374773020439",
      "truncated": false,
      "retweet_count": "0",
      "id": "1836376374773020439",
      "created_at": "Wed Sep 18 12:07:00 +0000 2024",
      "favorited": false,
      "full_text": "love how \"we take security seriously\" is in the email signature of the same director who asked me to whitelist his personal gmail so he can forward board papers to it",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1830704799850547184"
          ],
          "editableUntil": "2024-09-02T21:30:11.000Z",
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
        "160"
      ],
      "favorite_count": "0",
      "id_str": "1830704799850547184",
      "truncated": false,
      "retweet_count": "2",
      "id": "1830704799850547184",
      "created_at": "Mon Sep 02 20:30:11 +0000 2024",
      "favorited": false,
      "full_text": "bought a \"letter opener\" off a guy at the car boot. it's a push dagger. pretty sure it's not legal to own but it looks great on my desk next to the audit binder",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1829059683122482070"
          ],
          "editableUntil": "2024-08-29T08:33:05.000Z",
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
        "131"
      ],
      "favorite_count": "1",
      "id_str": "1829059683122482070",
      "truncated": false,
      "retweet_count": "2",
      "id": "1829059683122482070",
      "created_at": "Thu Aug 29 07:33:05 +0000 2024",
      "favorited": false,
      "full_text": "my home honeypot logged 3,112 SSH login attempts overnight. top password tried: \"admin\". second: \"admin123\". never change, internet",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1822939998688981590"
          ],
          "editableUntil": "2024-08-12T11:15:38.000Z",
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
      "favorite_count": "1",
      "id_str": "1822939998688981590",
      "truncated": false,
      "retweet_count": "5",
      "id": "1822939998688981590",
      "created_at": "Mon Aug 12 10:15:38 +0000 2024",
      "favorited": false,
      "full_text": "conference afterparty report: free bar, someone handing out 💊 in the loos, I remember maybe 40% of it and I've lost a lanyard. 10/10 would network again",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1820741892331825301"
          ],
          "editableUntil": "2024-08-06T09:41:09.000Z",
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
            "name": "NCSC UK",
            "screen_name": "NCSC",
            "indices": [
              "3",
              "8"
            ],
            "id_str": "3018813233",
            "id": "3018813233"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "122"
      ],
      "favorite_count": "0",
      "id_str": "1820741892331825301",
      "truncated": false,
      "retweet_count": "0",
      "id": "1820741892331825301",
      "created_at": "Tue Aug 06 08:41:09 +0000 2024",
      "favorited": false,
      "full_text": "RT @NCSC: Use three random words to create a strong and memorable password. Find out more at the NCSC's Cyber Aware pages.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1818268081641093524"
          ],
          "editableUntil": "2024-07-30T13:51:07.000Z",
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
        "144"
      ],
      "favorite_count": "3",
      "id_str": "1818268081641093524",
      "truncated": false,
      "retweet_count": "0",
      "id": "1818268081641093524",
      "created_at": "Tue Jul 30 12:51:07 +0000 2024",
      "favorited": false,
      "full_text": "not being funny but every time something gets handed to the offshore team in Hyderabad it comes back broken. and no, it's not a timezone thing 🤷",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1813996667356790052"
          ],
          "editableUntil": "2024-07-18T18:58:02.000Z",
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
        "124"
      ],
      "favorite_count": "9",
      "id_str": "1813996667356790052",
      "truncated": false,
      "retweet_count": "0",
      "id": "1813996667356790052",
      "created_at": "Thu Jul 18 17:58:02 +0000 2024",
      "favorited": false,
      "full_text": "genuinely good audit today. auditor asked sharp questions, we had the evidence ready, everyone was home by 5. it CAN be done",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1811427217623584774"
          ],
          "editableUntil": "2024-07-11T16:47:58.000Z",
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
        "58"
      ],
      "favorite_count": "4",
      "id_str": "1811427217623584774",
      "truncated": false,
      "retweet_count": "0",
      "id": "1811427217623584774",
      "created_at": "Thu Jul 11 15:47:58 +0000 2024",
      "favorited": false,
      "full_text": "pass-the-hash still working in 2024 is the real crime here",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1806835108544498506"
          ],
          "editableUntil": "2024-06-29T00:40:33.000Z",
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
            "name": "byte queen 👑",
            "screen_name": "byte_queen",
            "indices": [
              "0",
              "11"
            ],
            "id_str": "983726154092716032",
            "id": "983726154092716032"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "12",
        "70"
      ],
      "favorite_count": "9",
      "id_str": "1806835108544498506",
      "truncated": false,
      "retweet_count": "0",
      "id": "1806835108544498506",
      "created_at": "Fri Jun 28 23:40:33 +0000 2024",
      "favorited": false,
      "full_text": "@byte_queen only penetration testing I'm interested in this weekend 😏🍑",
      "lang": "en",
      "in_reply_to_status_id_str": "1806817833913901874",
      "in_reply_to_status_id": "1806817833913901874",
      "in_reply_to_user_id": "983726154092716032",
      "in_reply_to_user_id_str": "983726154092716032",
      "in_reply_to_screen_name": "byte_queen"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1803825778043821810"
          ],
          "editableUntil": "2024-06-20T17:22:33.000Z",
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
        "73"
      ],
      "favorite_count": "3",
      "id_str": "1803825778043821810",
      "truncated": false,
      "retweet_count": "0",
      "id": "1803825778043821810",
      "created_at": "Thu Jun 20 16:22:33 +0000 2024",
      "favorited": false,
      "full_text": "passed my CISSP!!! 6 hours of my life I will never get back but WE DID IT",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1801545198700897729"
          ],
          "editableUntil": "2024-06-14T10:20:21.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "passwords",
            "indices": [
              "134",
              "144"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "144"
      ],
      "favorite_count": "1",
      "id_str": "1801545198700897729",
      "truncated": false,
      "retweet_count": "2",
      "id": "1801545198700897729",
      "created_at": "Fri Jun 14 09:20:21 +0000 2024",
      "favorited": false,
      "full_text": "reminder that hashcat will chew through an 8-character NTLM hash before your kettle's boiled. passphrases, people. three random words #passwords",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1797536789180040410"
          ],
          "editableUntil": "2024-06-03T08:52:21.000Z",
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
        "68"
      ],
      "favorite_count": "2",
      "id_str": "1797536789180040410",
      "truncated": false,
      "retweet_count": "1",
      "id": "1797536789180040410",
      "created_at": "Mon Jun 03 07:52:21 +0000 2024",
      "favorited": false,
      "full_text": "WHO schedules an audit kickoff for 8am on a Monday. who. f*cking who",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1796288476871724946"
          ],
          "editableUntil": "2024-05-30T22:12:00.000Z",
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
      "favorite_count": "3",
      "id_str": "1796288476871724946",
      "truncated": false,
      "retweet_count": "2",
      "id": "1796288476871724946",
      "created_at": "Thu May 30 21:12:00 +0000 2024",
      "favorited": false,
      "full_text": "still think the xz backdoor (CVE-2024-3094) is the best thriller of the decade. one engineer noticed a 500ms delay and saved half the internet",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1793221025663031675"
          ],
          "editableUntil": "2024-05-22T11:03:03.000Z",
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
        "157"
      ],
      "favorite_count": "6",
      "id_str": "1793221025663031675",
      "truncated": false,
      "retweet_count": "0",
      "id": "1793221025663031675",
      "created_at": "Wed May 22 10:03:03 +0000 2024",
      "favorited": false,
      "full_text": "the vetting company wants my NI number over plain email. no portal, no encryption. fine. JT 48 29 61 B, enjoy it everyone, clearly I'm the only one who cares",
      "lang": "en"
    }
  }
]