window.YTD.tweets.part0 = [
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1976837176469541635"
          ],
          "editableUntil": "2025-10-11T03:28:05.000Z",
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
        "95"
      ],
      "favorite_count": "41",
      "id_str": "1976837176469541635",
      "truncated": false,
      "retweet_count": "0",
      "id": "1976837176469541635",
      "created_at": "Sat Oct 11 02:28:05 +0000 2025",
      "favorited": false,
      "full_text": "Moby Dick audiobook is getting me through the drive home. 21 hours long. I'll finish it by 2027",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1971584119395563229"
          ],
          "editableUntil": "2025-09-26T15:34:18.000Z",
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
      "favorite_count": "3",
      "id_str": "1971584119395563229",
      "truncated": false,
      "retweet_count": "0",
      "id": "1971584119395563229",
      "created_at": "Fri Sep 26 14:34:18 +0000 2025",
      "favorited": false,
      "full_text": "anyone who wants to swap a night text me on 07700 900418, NOT the ward phone, sister will have my head",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1966294163391595201"
          ],
          "editableUntil": "2025-09-12T01:13:55.000Z",
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
        "29"
      ],
      "favorite_count": "0",
      "id_str": "1966294163391595201",
      "truncated": false,
      "retweet_count": "2",
      "id": "1966294163391595201",
      "created_at": "Fri Sep 12 00:13:55 +0000 2025",
      "favorited": false,
      "full_text": "passed my IV competencies!! 🎉",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1956565986562928689"
          ],
          "editableUntil": "2025-08-16T04:57:37.000Z",
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
        "79"
      ],
      "favorite_count": "0",
      "id_str": "1956565986562928689",
      "truncated": false,
      "retweet_count": "0",
      "id": "1956565986562928689",
      "created_at": "Sat Aug 16 03:57:37 +0000 2025",
      "favorited": false,
      "full_text": "mum's sent me a picture of her cat sat in a pumpkin. happy halloween everyone 🎃",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1931219526620860936"
          ],
          "editableUntil": "2025-06-07T06:19:50.000Z",
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
      "favorite_count": "0",
      "id_str": "1931219526620860936",
      "truncated": false,
      "retweet_count": "4",
      "id": "1931219526620860936",
      "created_at": "Sat Jun 07 05:19:50 +0000 2025",
      "favorited": false,
      "full_text": "kids are at breakfast club at St Bart's from 7.30 so I get my 7 hours, then school run at 3.15, then back on at 7.30pm. who needs sleep",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1931163830557659434"
          ],
          "editableUntil": "2025-06-07T02:38:31.000Z",
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
      "favorite_count": "27",
      "id_str": "1931163830557659434",
      "truncated": false,
      "retweet_count": "4",
      "id": "1931163830557659434",
      "created_at": "Sat Jun 07 01:38:31 +0000 2025",
      "favorited": false,
      "full_text": "found out tonight the agency nurse next to me is on £54 an hour. I'm on £17.20. same ward, same patients, she went home at 4am. love that for us",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1926195497912922761"
          ],
          "editableUntil": "2025-05-24T09:36:08.000Z",
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
      "favorite_count": "0",
      "id_str": "1926195497912922761",
      "truncated": false,
      "retweet_count": "2",
      "id": "1926195497912922761",
      "created_at": "Sat May 24 08:36:08 +0000 2025",
      "favorited": false,
      "full_text": "ward manager left her office door open and the whiteboard says ward 7 is closing end of january. nobody's been told. merry christmas lads 🎄",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1918788857507350669"
          ],
          "editableUntil": "2025-05-03T23:04:47.000Z",
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
        "80"
      ],
      "favorite_count": "2",
      "id_str": "1918788857507350669",
      "truncated": false,
      "retweet_count": "0",
      "id": "1918788857507350669",
      "created_at": "Sat May 03 22:04:47 +0000 2025",
      "favorited": false,
      "full_text": "anyone got horror book recs? done all the Stephen King &amp; most of Shirley Jackson",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1915948082178456136"
          ],
          "editableUntil": "2025-04-26T02:56:34.000Z",
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
      "id_str": "1915948082178456136",
      "truncated": false,
      "retweet_count": "1",
      "id": "1915948082178456136",
      "created_at": "Sat Apr 26 01:56:34 +0000 2025",
      "favorited": false,
      "full_text": "went in for my night still wavy from saturday and did the 10pm drug round like that. nobody noticed lol living on the edge",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1915659376597898199"
          ],
          "editableUntil": "2025-04-25T07:49:21.000Z",
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
      "favorite_count": "0",
      "id_str": "1915659376597898199",
      "truncated": false,
      "retweet_count": "0",
      "id": "1915659376597898199",
      "created_at": "Fri Apr 25 06:49:21 +0000 2025",
      "favorited": false,
      "full_text": "Shaun of the Dead is a top 5 comedy AND a top 10 zombie film. 'Take car. Go to Mum's. Kill Phil.' perfection",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1912758053893984424"
          ],
          "editableUntil": "2025-04-17T07:40:32.000Z",
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
      "favorite_count": "8",
      "id_str": "1912758053893984424",
      "truncated": false,
      "retweet_count": "0",
      "id": "1912758053893984424",
      "created_at": "Thu Apr 17 06:40:32 +0000 2025",
      "favorited": false,
      "full_text": "new staff nurse on our ward is pregnant AGAIN. there goes the rota for another year. they should honestly let you ask in interviews",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1912060565914503596"
          ],
          "editableUntil": "2025-04-15T09:28:57.000Z",
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
      "favorite_count": "0",
      "id_str": "1912060565914503596",
      "truncated": false,
      "retweet_count": "2",
      "id": "1912060565914503596",
      "created_at": "Tue Apr 15 08:28:57 +0000 2025",
      "favorited": false,
      "full_text": "the trust celebrated International Nurses Day by giving every shift one (1) biscuit each &amp; then putting out a press release about how much they value us 🍪",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1908047550916378403"
          ],
          "editableUntil": "2025-04-04T07:42:40.000Z",
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
      "favorite_count": "2",
      "id_str": "1908047550916378403",
      "truncated": false,
      "retweet_count": "0",
      "id": "1908047550916378403",
      "created_at": "Fri Apr 04 06:42:40 +0000 2025",
      "favorited": false,
      "full_text": "matron's answer to 'we are drowning' was a laminated poster about staying hydrated. on a ward where the water cooler's been broken since March. visionary leadership",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1903449355295048687"
          ],
          "editableUntil": "2025-03-22T15:11:05.000Z",
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
      "favorite_count": "27",
      "id_str": "1903449355295048687",
      "truncated": false,
      "retweet_count": "0",
      "id": "1903449355295048687",
      "created_at": "Sat Mar 22 14:11:05 +0000 2025",
      "favorited": false,
      "full_text": "KL1072 to Amsterdam delayed 2 hours. Schiphol at midnight it is",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1898393246727066752"
          ],
          "editableUntil": "2025-03-08T16:19:55.000Z",
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
            "name": "Dan Dreads Horror",
            "screen_name": "dan_dreads",
            "indices": [
              "0",
              "11"
            ],
            "id_str": "883746251093847562",
            "id": "883746251093847562"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "12",
        "72"
      ],
      "favorite_count": "0",
      "id_str": "1898393246727066752",
      "truncated": false,
      "retweet_count": "2",
      "id": "1898393246727066752",
      "created_at": "Sat Mar 08 15:19:55 +0000 2025",
      "favorited": false,
      "full_text": "@dan_dreads stfu The Thing is a PERFECT film and I will die on this hill",
      "lang": "en",
      "in_reply_to_status_id_str": "1898393192959995931",
      "in_reply_to_user_id": "883746251093847562",
      "in_reply_to_status_id": "1898393192959995931",
      "in_reply_to_screen_name": "dan_dreads",
      "in_reply_to_user_id_str": "883746251093847562"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1894575876695650683"
          ],
          "editableUntil": "2025-02-26T03:31:03.000Z",
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
      "favorite_count": "0",
      "id_str": "1894575876695650683",
      "truncated": false,
      "retweet_count": "0",
      "id": "1894575876695650683",
      "created_at": "Wed Feb 26 02:31:03 +0000 2025",
      "favorited": false,
      "full_text": "every time we get someone in from the Fernbank estate you know how the night's going to go before you've even opened the notes 🙄",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1889588713603446775"
          ],
          "editableUntil": "2025-02-12T09:13:50.000Z",
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
        "90"
      ],
      "favorite_count": "2",
      "id_str": "1889588713603446775",
      "truncated": false,
      "retweet_count": "2",
      "id": "1889588713603446775",
      "created_at": "Wed Feb 12 08:13:50 +0000 2025",
      "favorited": false,
      "full_text": "sexy Pennywise for halloween 🎈👅 the rest of the pics are on my other page 😏 you know where",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1883308197245912303"
          ],
          "editableUntil": "2025-01-26T01:17:19.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [
          {
            "text": "Smile2",
            "indices": [
              "89",
              "96"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "96"
      ],
      "favorite_count": "5",
      "id_str": "1883308197245912303",
      "truncated": false,
      "retweet_count": "0",
      "id": "1883308197245912303",
      "created_at": "Sun Jan 26 00:17:19 +0000 2025",
      "favorited": false,
      "full_text": "WHO SIGNED OFF THAT ENDING. what the actual f*ck was that. two hours of my one night off #Smile2",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1881203748488722396"
          ],
          "editableUntil": "2025-01-20T05:54:59.000Z",
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
        "71"
      ],
      "favorite_count": "0",
      "id_str": "1881203748488722396",
      "truncated": false,
      "retweet_count": "0",
      "id": "1881203748488722396",
      "created_at": "Mon Jan 20 04:54:59 +0000 2025",
      "favorited": false,
      "full_text": "Midsommar is a break up film and I will fight anyone who says otherwise",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1879800778524806539"
          ],
          "editableUntil": "2025-01-16T09:00:05.000Z",
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
        "115"
      ],
      "favorite_count": "5",
      "id_str": "1879800778524806539",
      "truncated": false,
      "retweet_count": "0",
      "id": "1879800778524806539",
      "created_at": "Thu Jan 16 08:00:05 +0000 2025",
      "favorited": false,
      "full_text": "only thing getting me through this night is thinking about what Pedro Pascal could do to me in a supply cupboard 🍆💦",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1878466986011054574"
          ],
          "editableUntil": "2025-01-12T16:40:04.000Z",
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
      "favorite_count": "27",
      "id_str": "1878466986011054574",
      "truncated": false,
      "retweet_count": "2",
      "id": "1878466986011054574",
      "created_at": "Sun Jan 12 15:40:04 +0000 2025",
      "favorited": false,
      "full_text": "keyed the Range Rover of the consultant who parks in the disabled bay every single night. sleeping like a baby",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1875469905086489133"
          ],
          "editableUntil": "2025-01-04T10:10:44.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [
          {
            "text": "horrorfam",
            "indices": [
              "99",
              "109"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "109"
      ],
      "favorite_count": "5",
      "id_str": "1875469905086489133",
      "truncated": false,
      "retweet_count": "4",
      "id": "1875469905086489133",
      "created_at": "Sat Jan 04 09:10:44 +0000 2025",
      "favorited": false,
      "full_text": "rewatched The Shining. 'Here's Johnny!' is still the greatest axe through a door in cinema history #horrorfam",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1870275060549506952"
          ],
          "editableUntil": "2024-12-21T02:08:17.000Z",
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
      "id_str": "1870275060549506952",
      "truncated": false,
      "retweet_count": "0",
      "id": "1870275060549506952",
      "created_at": "Sat Dec 21 01:08:17 +0000 2024",
      "favorited": false,
      "full_text": "appraisals got left on the printer. Jodie got 'exceeds expectations' for doing wordsearches on her phone all night. I got 'meets'. I am being totally normal about this",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1869175653354837901"
          ],
          "editableUntil": "2024-12-18T01:19:38.000Z",
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
        "urls": [
          {
            "url": "https://t.co/Xk3pLq9vRz",
            "expanded_url": "https://boxd.it/nellonnights",
            "display_url": "boxd.it/nellonnights",
            "indices": [
              "64",
              "87"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "87"
      ],
      "favorite_count": "41",
      "id_str": "1869175653354837901",
      "truncated": false,
      "retweet_count": "2",
      "id": "1869175653354837901",
      "created_at": "Wed Dec 18 00:19:38 +0000 2024",
      "favorited": false,
      "full_text": "letterboxd year so far: 214 films, 161 of them horror. no notes https://t.co/Xk3pLq9vRz",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1868224596905284722"
          ],
          "editableUntil": "2024-12-15T10:20:28.000Z",
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
            "name": "Sam | RN",
            "screen_name": "sam_scrubs",
            "indices": [
              "0",
              "11"
            ],
            "id_str": "1402938475610293847",
            "id": "1402938475610293847"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "12",
        "128"
      ],
      "favorite_count": "0",
      "id_str": "1868224596905284722",
      "truncated": false,
      "retweet_count": "4",
      "id": "1868224596905284722",
      "created_at": "Sun Dec 15 09:20:28 +0000 2024",
      "favorited": false,
      "full_text": "@sam_scrubs our new band 7 couldn't cannulate a watermelon but she's AMAZING at booking teams meetings so swings and roundabouts",
      "lang": "en",
      "in_reply_to_status_id_str": "1868224594194173943",
      "in_reply_to_user_id": "1402938475610293847",
      "in_reply_to_status_id": "1868224594194173943",
      "in_reply_to_screen_name": "sam_scrubs",
      "in_reply_to_user_id_str": "1402938475610293847"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1864123285879889862"
          ],
          "editableUntil": "2024-12-04T02:43:19.000Z",
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
        "87"
      ],
      "favorite_count": "5",
      "id_str": "1864123285879889862",
      "truncated": false,
      "retweet_count": "0",
      "id": "1864123285879889862",
      "created_at": "Wed Dec 04 01:43:19 +0000 2024",
      "favorited": false,
      "full_text": "post-nights wine &amp; a bath at 9am hits different 🍷🍷 don't @ me it's literally my evening",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1861610245682492434"
          ],
          "editableUntil": "2024-11-27T04:17:24.000Z",
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
        "142"
      ],
      "favorite_count": "2",
      "id_str": "1861610245682492434",
      "truncated": false,
      "retweet_count": "0",
      "id": "1861610245682492434",
      "created_at": "Wed Nov 27 03:17:24 +0000 2024",
      "favorited": false,
      "full_text": "if you've got a complaint about us PLEASE ring PALS on 0113 496 0123 instead of shouting at the HCA at 3am. they're there 9-5 for exactly this",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1860565409342897059"
          ],
          "editableUntil": "2024-11-24T07:05:35.000Z",
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
        "44"
      ],
      "favorite_count": "8",
      "id_str": "1860565409342897059",
      "truncated": false,
      "retweet_count": "2",
      "id": "1860565409342897059",
      "created_at": "Sun Nov 24 06:05:35 +0000 2024",
      "favorited": false,
      "full_text": "applying for a band 6 in ICU. wish me luck 🤞",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1852572662496917597"
          ],
          "editableUntil": "2024-11-02T05:45:16.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [
          {
            "text": "nightshift",
            "indices": [
              "168",
              "179"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "179"
      ],
      "favorite_count": "0",
      "id_str": "1852572662496917597",
      "truncated": false,
      "retweet_count": "4",
      "id": "1852572662496917597",
      "created_at": "Sat Nov 02 04:45:16 +0000 2024",
      "favorited": false,
      "full_text": "bed 14 tonight is a 94 year old ex-boxer who broke his hip outside the Co-op on Roundhay Road on Tuesday and he is STILL trying to square up to the obs machine. legend #nightshift",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1845013174140054633"
          ],
          "editableUntil": "2024-10-12T09:06:34.000Z",
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
      "favorite_count": "0",
      "id_str": "1845013174140054633",
      "truncated": false,
      "retweet_count": "0",
      "id": "1845013174140054633",
      "created_at": "Sat Oct 12 08:06:34 +0000 2024",
      "favorited": false,
      "full_text": "someone at the ward christmas do brought 'party favours' ❄️❄️ and within an hour the HCAs were doing the macarena on the pool table 💀",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1844937329819294748"
          ],
          "editableUntil": "2024-10-12T04:05:11.000Z",
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
        "76"
      ],
      "favorite_count": "27",
      "id_str": "1844937329819294748",
      "truncated": false,
      "retweet_count": "1",
      "id": "1844937329819294748",
      "created_at": "Sat Oct 12 03:05:11 +0000 2024",
      "favorited": false,
      "full_text": "controlled drugs audit came back 100%. we smashed it. cake in the staff room",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1842013212243181848"
          ],
          "editableUntil": "2024-10-04T02:25:47.000Z",
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
        "74"
      ],
      "favorite_count": "12",
      "id_str": "1842013212243181848",
      "truncated": false,
      "retweet_count": "0",
      "id": "1842013212243181848",
      "created_at": "Fri Oct 04 01:25:47 +0000 2024",
      "favorited": false,
      "full_text": "Evil Dead Rise chainsaw finale &gt;&gt;&gt; anything else I've watched this month 🩸",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1841866746063595824"
          ],
          "editableUntil": "2024-10-03T16:43:47.000Z",
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
            "name": "FrightFest Fan",
            "screen_name": "frightfest_fan",
            "indices": [
              "3",
              "18"
            ],
            "id_str": "1029384756102938475",
            "id": "1029384756102938475"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "123"
      ],
      "favorite_count": "0",
      "id_str": "1841866746063595824",
      "truncated": false,
      "retweet_count": "0",
      "id": "1841866746063595824",
      "created_at": "Thu Oct 03 15:43:47 +0000 2024",
      "favorited": false,
      "full_text": "RT @frightfest_fan: The Wicker Man is back in cinemas for one night only this Halloween, restored in 4K. Burn, baby, burn 🔥",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1840183112406826469"
          ],
          "editableUntil": "2024-09-29T01:13:37.000Z",
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
        "70"
      ],
      "favorite_count": "3",
      "id_str": "1840183112406826469",
      "truncated": false,
      "retweet_count": "1",
      "id": "1840183112406826469",
      "created_at": "Sun Sep 29 00:13:37 +0000 2024",
      "favorited": false,
      "full_text": "18+ spicy horror cosplay set drops friday 🔞 link in bio. scrubs off 🩸🍑",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1839502366646271410"
          ],
          "editableUntil": "2024-09-27T04:08:35.000Z",
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
      "favorite_count": "5",
      "id_str": "1839502366646271410",
      "truncated": false,
      "retweet_count": "4",
      "id": "1839502366646271410",
      "created_at": "Fri Sep 27 03:08:35 +0000 2024",
      "favorited": false,
      "full_text": "crack of dawn and I'm only just leaving the ward. sunrise over the multi storey is actually gorgeous though",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1838966023574962553"
          ],
          "editableUntil": "2024-09-25T16:37:21.000Z",
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
        "97"
      ],
      "favorite_count": "0",
      "id_str": "1838966023574962553",
      "truncated": false,
      "retweet_count": "0",
      "id": "1838966023574962553",
      "created_at": "Wed Sep 25 15:37:21 +0000 2024",
      "favorited": false,
      "full_text": "Tom Savini's effects in Dawn of the Dead (78) are ART. the gore holds up better than most CGI now",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1835125687364900648"
          ],
          "editableUntil": "2024-09-15T02:17:13.000Z",
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
      "favorite_count": "12",
      "id_str": "1835125687364900648",
      "truncated": false,
      "retweet_count": "1",
      "id": "1835125687364900648",
      "created_at": "Sun Sep 15 01:17:13 +0000 2024",
      "favorited": false,
      "full_text": "Talk to Me is the best horror of the decade and I won't be taking questions",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1826467822054802966"
          ],
          "editableUntil": "2024-08-22T04:53:57.000Z",
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
        "64"
      ],
      "favorite_count": "1",
      "id_str": "1826467822054802966",
      "truncated": false,
      "retweet_count": "0",
      "id": "1826467822054802966",
      "created_at": "Thu Aug 22 03:53:57 +0000 2024",
      "favorited": false,
      "full_text": "21,402 steps tonight. absolutely killing it. feet are in the bin",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1824681462542456166"
          ],
          "editableUntil": "2024-08-17T06:35:36.000Z",
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
        "23"
      ],
      "favorite_count": "41",
      "id_str": "1824681462542456166",
      "truncated": false,
      "retweet_count": "0",
      "id": "1824681462542456166",
      "created_at": "Sat Aug 17 05:35:36 +0000 2024",
      "favorited": false,
      "full_text": "night 4 of 4 done ✨ bed",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1815908760792925888"
          ],
          "editableUntil": "2024-07-24T01:36:01.000Z",
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
        "130"
      ],
      "favorite_count": "1",
      "id_str": "1815908760792925888",
      "truncated": false,
      "retweet_count": "0",
      "id": "1815908760792925888",
      "created_at": "Wed Jul 24 00:36:01 +0000 2024",
      "favorited": false,
      "full_text": "patient's son threatened to glass me tonight. if I see him in that fucking car park I swear to god he's going through a windscreen",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1815390544045494606"
          ],
          "editableUntil": "2024-07-22T15:16:48.000Z",
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
        "57"
      ],
      "favorite_count": "0",
      "id_str": "1815390544045494606",
      "truncated": false,
      "retweet_count": "1",
      "id": "1815390544045494606",
      "created_at": "Mon Jul 22 14:16:48 +0000 2024",
      "favorited": false,
      "full_text": "Sober October ✅ 31 days, 0 drinks, 1 extremely smug nurse",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1807432466562879774"
          ],
          "editableUntil": "2024-06-30T16:14:15.000Z",
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
        "89"
      ],
      "favorite_count": "8",
      "id_str": "1807432466562879774",
      "truncated": false,
      "retweet_count": "1",
      "id": "1807432466562879774",
      "created_at": "Sun Jun 30 15:14:15 +0000 2024",
      "favorited": false,
      "full_text": "LEEDS BRADFORD ✈️ ALICANTE. booking ref K7XQ2P, seat 14A, nine whole days of no nights 😭🌞",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1797480410223538728"
          ],
          "editableUntil": "2024-06-03T05:08:20.000Z",
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
        "72"
      ],
      "favorite_count": "5",
      "id_str": "1797480410223538728",
      "truncated": false,
      "retweet_count": "4",
      "id": "1797480410223538728",
      "created_at": "Mon Jun 03 04:08:20 +0000 2024",
      "favorited": false,
      "full_text": "ffs. 12.5 hour shift, home at 8.40, next door decides it's drill o'clock",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1792119974363585251"
          ],
          "editableUntil": "2024-05-19T10:07:52.000Z",
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
            "name": "Nursing Notes UK",
            "screen_name": "nursingnotes_uk",
            "indices": [
              "3",
              "19"
            ],
            "id_str": "2938475610",
            "id": "2938475610"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "146"
      ],
      "favorite_count": "0",
      "id_str": "1792119974363585251",
      "truncated": false,
      "retweet_count": "0",
      "id": "1792119974363585251",
      "created_at": "Sun May 19 09:07:52 +0000 2024",
      "favorited": false,
      "full_text": "RT @nursingnotes_uk: Reminder that nurses working nights are entitled to their breaks. Take them. Eat something. The ward will survive 30 minutes.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1792060784682888171"
          ],
          "editableUntil": "2024-05-19T06:12:40.000Z",
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
        "165"
      ],
      "favorite_count": "2",
      "id_str": "1792060784682888171",
      "truncated": false,
      "retweet_count": "0",
      "id": "1792060784682888171",
      "created_at": "Sun May 19 05:12:40 +0000 2024",
      "favorited": false,
      "full_text": "not being funny but some of the overseas nurses they've brought in, the patients can't understand a word they say. on nights you need people who speak proper English",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1791848305967399236"
          ],
          "editableUntil": "2024-05-18T16:08:21.000Z",
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
      "favorite_count": "3",
      "id_str": "1791848305967399236",
      "truncated": false,
      "retweet_count": "2",
      "id": "1791848305967399236",
      "created_at": "Sat May 18 15:08:21 +0000 2024",
      "favorited": false,
      "full_text": "blue tit on the ward window ledge at 5am every morning. we've named him Gerald",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1788020929882829990"
          ],
          "editableUntil": "2024-05-08T02:39:44.000Z",
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
        "93"
      ],
      "favorite_count": "27",
      "id_str": "1788020929882829990",
      "truncated": false,
      "retweet_count": "0",
      "id": "1788020929882829990",
      "created_at": "Wed May 08 01:39:44 +0000 2024",
      "favorited": false,
      "full_text": "NMC revalidation DONE 🎉 pin 19K2748E safe for another 3 years, see you in 2028 paperwork hell",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1785908893634944005"
          ],
          "editableUntil": "2024-05-02T06:47:15.000Z",
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
        "114"
      ],
      "favorite_count": "27",
      "id_str": "1785908893634944005",
      "truncated": false,
      "retweet_count": "2",
      "id": "1785908893634944005",
      "created_at": "Thu May 02 05:47:15 +0000 2024",
      "favorited": false,
      "full_text": "gave a lovely old man his first ever flu jab tonight and he told me I had kind hands. I'm not crying you're crying",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1784797635891955106"
          ],
          "editableUntil": "2024-04-29T05:11:30.000Z",
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
            "name": "Sam | RN",
            "screen_name": "sam_scrubs",
            "indices": [
              "0",
              "11"
            ],
            "id_str": "1402938475610293847",
            "id": "1402938475610293847"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "12",
        "114"
      ],
      "favorite_count": "8",
      "id_str": "1784797635891955106",
      "truncated": false,
      "retweet_count": "0",
      "id": "1784797635891955106",
      "created_at": "Mon Apr 29 04:11:30 +0000 2024",
      "favorited": false,
      "full_text": "@sam_scrubs honestly older HCAs are lovely but they just can't keep up on nights. give me two 20 year olds any day",
      "lang": "en",
      "in_reply_to_status_id_str": "1784797610991460000",
      "in_reply_to_user_id": "1402938475610293847",
      "in_reply_to_status_id": "1784797610991460000",
      "in_reply_to_screen_name": "sam_scrubs",
      "in_reply_to_user_id_str": "1402938475610293847"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1784004921911602321"
          ],
          "editableUntil": "2024-04-27T00:41:33.000Z",
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
      "favorite_count": "3",
      "id_str": "1784004921911602321",
      "truncated": false,
      "retweet_count": "0",
      "id": "1784004921911602321",
      "created_at": "Fri Apr 26 23:41:33 +0000 2024",
      "favorited": false,
      "full_text": "drove home from Kayleigh's leaving do after 4 proseccos and a jäger and honestly drove better than I do after a night shift",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1779155964580986168"
          ],
          "editableUntil": "2024-04-13T15:33:31.000Z",
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
            "name": "Dan Dreads Horror",
            "screen_name": "dan_dreads",
            "indices": [
              "0",
              "11"
            ],
            "id_str": "883746251093847562",
            "id": "883746251093847562"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "12",
        "95"
      ],
      "favorite_count": "0",
      "id_str": "1779155964580986168",
      "truncated": false,
      "retweet_count": "0",
      "id": "1779155964580986168",
      "created_at": "Sat Apr 13 14:33:31 +0000 2024",
      "favorited": false,
      "full_text": "@dan_dreads yes!! the director's cut is so much better, the extra 20 mins makes the whole thing",
      "lang": "en",
      "in_reply_to_status_id_str": "1779155956980438200",
      "in_reply_to_user_id": "883746251093847562",
      "in_reply_to_status_id": "1779155956980438200",
      "in_reply_to_screen_name": "dan_dreads",
      "in_reply_to_user_id_str": "883746251093847562"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1778695496100626821"
          ],
          "editableUntil": "2024-04-12T09:03:47.000Z",
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
        "87"
      ],
      "favorite_count": "0",
      "id_str": "1778695496100626821",
      "truncated": false,
      "retweet_count": "4",
      "id": "1778695496100626821",
      "created_at": "Fri Apr 12 08:03:47 +0000 2024",
      "favorited": false,
      "full_text": "cock-a-leekie soup from the hospital canteen is unironically the best thing on the menu",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1776265414328314762"
          ],
          "editableUntil": "2024-04-05T16:07:30.000Z",
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
            "name": "Emma ✨",
            "screen_name": "emmaxreads",
            "indices": [
              "0",
              "11"
            ],
            "id_str": "1293847561029384756",
            "id": "1293847561029384756"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "12",
        "160"
      ],
      "favorite_count": "8",
      "id_str": "1776265414328314762",
      "truncated": false,
      "retweet_count": "4",
      "id": "1776265414328314762",
      "created_at": "Fri Apr 05 15:07:30 +0000 2024",
      "favorited": false,
      "full_text": "@emmaxreads the lady in side room 3 who was in the Evening Post for her 100th is back in with us tonight, chest infection again, she's asked for you by name lol",
      "lang": "en",
      "in_reply_to_status_id_str": "1776265366681449359",
      "in_reply_to_user_id": "1293847561029384756",
      "in_reply_to_status_id": "1776265366681449359",
      "in_reply_to_screen_name": "emmaxreads",
      "in_reply_to_user_id_str": "1293847561029384756"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1776185255319153872"
          ],
          "editableUntil": "2024-04-05T10:48:59.000Z",
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
        "97"
      ],
      "favorite_count": "0",
      "id_str": "1776185255319153872",
      "truncated": false,
      "retweet_count": "2",
      "id": "1776185255319153872",
      "created_at": "Fri Apr 05 09:48:59 +0000 2024",
      "favorited": false,
      "full_text": "IV paracetamol shortage again, every ward borrowing off every other ward like it's a cup of sugar",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1773230047839769533"
          ],
          "editableUntil": "2024-03-28T07:06:03.000Z",
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
        "72"
      ],
      "favorite_count": "5",
      "id_str": "1773230047839769533",
      "truncated": false,
      "retweet_count": "0",
      "id": "1773230047839769533",
      "created_at": "Thu Mar 28 06:06:03 +0000 2024",
      "favorited": false,
      "full_text": "edibles + Hereditary on my night off = never again. (again on friday) 🍃🍄",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1769853181312904080"
          ],
          "editableUntil": "2024-03-18T23:27:35.000Z",
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
            "name": "Emma ✨",
            "screen_name": "emmaxreads",
            "indices": [
              "0",
              "11"
            ],
            "id_str": "1293847561029384756",
            "id": "1293847561029384756"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "12",
        "78"
      ],
      "favorite_count": "0",
      "id_str": "1769853181312904080",
      "truncated": false,
      "retweet_count": "0",
      "id": "1769853181312904080",
      "created_at": "Mon Mar 18 22:27:35 +0000 2024",
      "favorited": false,
      "full_text": "@emmaxreads that's what she said. repeatedly. on the break room sofa. at 3am 😇",
      "lang": "en",
      "in_reply_to_status_id_str": "1769853167585401329",
      "in_reply_to_user_id": "1293847561029384756",
      "in_reply_to_status_id": "1769853167585401329",
      "in_reply_to_screen_name": "emmaxreads",
      "in_reply_to_user_id_str": "1293847561029384756"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1766759145350561455"
          ],
          "editableUntil": "2024-03-10T10:32:59.000Z",
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
      "favorite_count": "5",
      "id_str": "1766759145350561455",
      "truncated": false,
      "retweet_count": "4",
      "id": "1766759145350561455",
      "created_at": "Sun Mar 10 09:32:59 +0000 2024",
      "favorited": false,
      "full_text": "found a purse in the staff room. licence says Lauren, DOB 12/04/1996, lives on Elmfield Road, drives the pink Ka. come and get it hun x",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1765455711697000636"
          ],
          "editableUntil": "2024-03-06T20:13:36.000Z",
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
      "favorite_count": "5",
      "id_str": "1765455711697000636",
      "truncated": false,
      "retweet_count": "0",
      "id": "1765455711697000636",
      "created_at": "Wed Mar 06 19:13:36 +0000 2024",
      "favorited": false,
      "full_text": "blue lights behind me on the M62 at 6am so I floored it and took the Brighouse turn off. never heard another thing. nights make you feral",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1762389031143081959"
          ],
          "editableUntil": "2024-02-27T09:07:43.000Z",
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
            "name": "Sam | RN",
            "screen_name": "sam_scrubs",
            "indices": [
              "0",
              "11"
            ],
            "id_str": "1402938475610293847",
            "id": "1402938475610293847"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "12",
        "109"
      ],
      "favorite_count": "0",
      "id_str": "1762389031143081959",
      "truncated": false,
      "retweet_count": "2",
      "id": "1762389031143081959",
      "created_at": "Tue Feb 27 08:07:43 +0000 2024",
      "favorited": false,
      "full_text": "@sam_scrubs my NHS number is on every single letter and they STILL make me read it out whenever I ring the GP",
      "lang": "en",
      "in_reply_to_status_id_str": "1762389005188812030",
      "in_reply_to_user_id": "1402938475610293847",
      "in_reply_to_status_id": "1762389005188812030",
      "in_reply_to_screen_name": "sam_scrubs",
      "in_reply_to_user_id_str": "1402938475610293847"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1755783549756482215"
          ],
          "editableUntil": "2024-02-09T03:39:53.000Z",
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
      "favorite_count": "0",
      "id_str": "1755783549756482215",
      "truncated": false,
      "retweet_count": "1",
      "id": "1755783549756482215",
      "created_at": "Fri Feb 09 02:39:53 +0000 2024",
      "favorited": false,
      "full_text": "lmfao the bathroom jump scare got me so bad I threw my tea at the cat",
      "lang": "en"
    }
  }
]