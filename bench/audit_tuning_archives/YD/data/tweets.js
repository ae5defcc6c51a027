window.YTD.tweets.part0 = [
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1974805341814383243"
          ],
          "editableUntil": "2025-10-05T12:54:18.391Z",
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
      "favorite_count": "1",
      "id_str": "1974805341814383243",
      "truncated": false,
      "retweet_count": "4",
      "id": "1974805341814383243",
      "created_at": "Sun Oct 05 11:54:18 +0000 2025",
      "favorited": false,
      "full_text": "Colleagues stayed three hours past handover tonight to keep a really unwell young person safe. Nobody asked them to. That's the NHS I signed up for",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1974399737045918551"
          ],
          "editableUntil": "2025-10-04T10:02:34.241Z",
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
      "favorite_count": "140",
      "id_str": "1974399737045918551",
      "truncated": false,
      "retweet_count": "1",
      "id": "1974399737045918551",
      "created_at": "Sat Oct 04 09:02:34 +0000 2025",
      "favorited": false,
      "full_text": "drove home from nights doing 110 on the A1 to stay awake. blue lights behind me near Wetherby and I just... kept going. they gave up 🤷‍♀️",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1972255053695587155"
          ],
          "editableUntil": "2025-09-28T12:00:22.056Z",
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
      "id_str": "1972255053695587155",
      "truncated": false,
      "retweet_count": "0",
      "id": "1972255053695587155",
      "created_at": "Sun Sep 28 11:00:22 +0000 2025",
      "favorited": false,
      "full_text": "Rereading The Body Keeps the Score. Different book the second time round",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1966409652722270012"
          ],
          "editableUntil": "2025-09-12T08:52:49.097Z",
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
      "favorite_count": "61",
      "id_str": "1966409652722270012",
      "truncated": false,
      "retweet_count": "0",
      "id": "1966409652722270012",
      "created_at": "Fri Sep 12 07:52:49 +0000 2025",
      "favorited": false,
      "full_text": "First weekend off in five weeks. Roast at Mum's. Dog was thrilled",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1963924351173036022"
          ],
          "editableUntil": "2025-09-05T12:17:07.111Z",
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
      "favorite_count": "8",
      "id_str": "1963924351173036022",
      "truncated": false,
      "retweet_count": "0",
      "id": "1963924351173036022",
      "created_at": "Fri Sep 05 11:17:07 +0000 2025",
      "favorited": false,
      "full_text": "The Trust has generously provided one (1) microwave for 40 doctors &amp; a wellbeing webinar about resilience. Thank you leadership 🙏",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1959561861424901991"
          ],
          "editableUntil": "2025-08-24T11:22:09.301Z",
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
      "favorite_count": "1",
      "id_str": "1959561861424901991",
      "truncated": false,
      "retweet_count": "4",
      "id": "1959561861424901991",
      "created_at": "Sun Aug 24 10:22:09 +0000 2025",
      "favorited": false,
      "full_text": "Bed 4 on Larch ward, the retired headteacher from Harrogate who was on Look North last spring, asked me again today if I'm MI5. Stay strong Pauline 💪",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1957457431557246504"
          ],
          "editableUntil": "2025-08-18T15:59:54.038Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [
          {
            "text": "oncall",
            "indices": [
              "139",
              "146"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "146"
      ],
      "favorite_count": "27",
      "id_str": "1957457431557246504",
      "truncated": false,
      "retweet_count": "1",
      "id": "1957457431557246504",
      "created_at": "Mon Aug 18 14:59:54 +0000 2025",
      "favorited": false,
      "full_text": "Saw a semi-famous Leeds player in liaison psych tonight. Won't say who but let's just say the club won't be thrilled about WHY he was in 👀 #oncall",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1954673464129369822"
          ],
          "editableUntil": "2025-08-10T23:37:24.346Z",
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
      "favorite_count": "1",
      "id_str": "1954673464129369822",
      "truncated": false,
      "retweet_count": "1",
      "id": "1954673464129369822",
      "created_at": "Sun Aug 10 22:37:24 +0000 2025",
      "favorited": false,
      "full_text": "anyone know a running club in north Leeds that isn't super serious?",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1952083947476719554"
          ],
          "editableUntil": "2025-08-03T20:07:35.084Z",
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
      "favorite_count": "61",
      "id_str": "1952083947476719554",
      "truncated": false,
      "retweet_count": "11",
      "id": "1952083947476719554",
      "created_at": "Sun Aug 03 19:07:35 +0000 2025",
      "favorited": false,
      "full_text": "Anyone from the RCPsych congress want to share a taxi tomorrow? I'm at the Premier Inn by the station, room 214, text me on 07700 900412",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1948399983541468822"
          ],
          "editableUntil": "2025-07-24T16:08:50.083Z",
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
      "favorite_count": "1",
      "id_str": "1948399983541468822",
      "truncated": false,
      "retweet_count": "4",
      "id": "1948399983541468822",
      "created_at": "Thu Jul 24 15:08:50 +0000 2025",
      "favorited": false,
      "full_text": "Overdose teaching for the new F1s tomorrow: paracetamol, TCAs, lithium, when to ring TOXBASE. Bring questions, nobody expects you to know it all",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1940517413589890890"
          ],
          "editableUntil": "2025-07-02T22:06:19.492Z",
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
      "favorite_count": "14",
      "id_str": "1940517413589890890",
      "truncated": false,
      "retweet_count": "1",
      "id": "1940517413589890890",
      "created_at": "Wed Jul 02 21:06:19 +0000 2025",
      "favorited": false,
      "full_text": "Patient's family kicked off because they wanted a 'proper English doctor'. After tonight's handover from the Nigerian locum I kind of get where they're coming from",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1940408325294680478"
          ],
          "editableUntil": "2025-07-02T14:52:50.076Z",
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
      "favorite_count": "3",
      "id_str": "1940408325294680478",
      "truncated": false,
      "retweet_count": "1",
      "id": "1940408325294680478",
      "created_at": "Wed Jul 02 13:52:50 +0000 2025",
      "favorited": false,
      "full_text": "ffs the bleep went off while I was on the toilet. again. every single time",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1939436839170009735"
          ],
          "editableUntil": "2025-06-29T22:32:30.464Z",
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
      "favorite_count": "3",
      "id_str": "1939436839170009735",
      "truncated": false,
      "retweet_count": "0",
      "id": "1939436839170009735",
      "created_at": "Sun Jun 29 21:32:30 +0000 2025",
      "favorited": false,
      "full_text": "who the f*ck sets mandatory e-learning deadlines for 8am the morning after a night shift",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1938915416610587232"
          ],
          "editableUntil": "2025-06-28T12:00:33.239Z",
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
        "134"
      ],
      "favorite_count": "61",
      "id_str": "1938915416610587232",
      "truncated": false,
      "retweet_count": "0",
      "id": "1938915416610587232",
      "created_at": "Sat Jun 28 11:00:33 +0000 2025",
      "favorited": false,
      "full_text": "Psychiatry is the only specialty where 'believes he is the Messiah, otherwise settled' is a normal line in handover and I love it here",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1938227832523743792"
          ],
          "editableUntil": "2025-06-26T14:28:20.814Z",
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
      "favorite_count": "1",
      "id_str": "1938227832523743792",
      "truncated": false,
      "retweet_count": "1",
      "id": "1938227832523743792",
      "created_at": "Thu Jun 26 13:28:20 +0000 2025",
      "favorited": false,
      "full_text": "only way I'm sleeping after these nights is a couple of my housemate's pregabalin 💊😴 don't @ me",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1931136557534590491"
          ],
          "editableUntil": "2025-06-07T00:50:08.726Z",
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
        "150"
      ],
      "favorite_count": "0",
      "id_str": "1931136557534590491",
      "truncated": false,
      "retweet_count": "11",
      "id": "1931136557534590491",
      "created_at": "Fri Jun 06 23:50:08 +0000 2025",
      "favorited": false,
      "full_text": "New consultant is lovely but she's just got married and she's 33 so she'll be on mat leave within the year. Not worth asking her to supervise my audit",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1929157079603894615"
          ],
          "editableUntil": "2025-06-01T13:44:24.974Z",
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
      "favorite_count": "61",
      "id_str": "1929157079603894615",
      "truncated": false,
      "retweet_count": "11",
      "id": "1929157079603894615",
      "created_at": "Sun Jun 01 12:44:24 +0000 2025",
      "favorited": false,
      "full_text": "sh!t sh!t sh!t wrote up the clozapine for the wrong bed. caught it before it was given. heart rate 180. this job",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1923447996787779824"
          ],
          "editableUntil": "2025-05-16T19:38:33.121Z",
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
        "94"
      ],
      "favorite_count": "1",
      "id_str": "1923447996787779824",
      "truncated": false,
      "retweet_count": "2",
      "id": "1923447996787779824",
      "created_at": "Fri May 16 18:38:33 +0000 2025",
      "favorited": false,
      "full_text": "post-nights wine at 9am hits different. three glasses in and I've forgotten what a ward is 🍷🍷🍷",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1923340367169067417"
          ],
          "editableUntil": "2025-05-16T12:30:52.638Z",
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
        "82"
      ],
      "favorite_count": "27",
      "id_str": "1923340367169067417",
      "truncated": false,
      "retweet_count": "1",
      "id": "1923340367169067417",
      "created_at": "Fri May 16 11:30:52 +0000 2025",
      "favorited": false,
      "full_text": "Blue-footed boobies on Planet Earth is the most relaxing thing after a night shift",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1919542364752994820"
          ],
          "editableUntil": "2025-05-06T00:58:57.618Z",
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
      "favorite_count": "27",
      "id_str": "1919542364752994820",
      "truncated": false,
      "retweet_count": "0",
      "id": "1919542364752994820",
      "created_at": "Mon May 05 23:58:57 +0000 2025",
      "favorited": false,
      "full_text": "got punched on the ward tonight. now 6 pints deep at the Brudenell and if I see that HCA who laughed I'm going to deck her",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1918586602060250033"
          ],
          "editableUntil": "2025-05-03T09:41:06.855Z",
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
        "151"
      ],
      "favorite_count": "5",
      "id_str": "1918586602060250033",
      "truncated": false,
      "retweet_count": "11",
      "id": "1918586602060250033",
      "created_at": "Sat May 03 08:41:06 +0000 2025",
      "favorited": false,
      "full_text": "Assessed a lad today who I'm 90% sure was in my little sister's year at St Aidan's. Now on a section 2 and his parents don't even know yet. Small world",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1910955662288933635"
          ],
          "editableUntil": "2025-04-12T08:18:28.626Z",
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
      "favorite_count": "61",
      "id_str": "1910955662288933635",
      "truncated": false,
      "retweet_count": "4",
      "id": "1910955662288933635",
      "created_at": "Sat Apr 12 07:18:28 +0000 2025",
      "favorited": false,
      "full_text": "Scunthorpe 2-1 Grimsby and what a shot in the 89th minute. Dad's buzzing",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1890318683614821109"
          ],
          "editableUntil": "2025-02-14T09:34:29.356Z",
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
        "193"
      ],
      "favorite_count": "5",
      "id_str": "1890318683614821109",
      "truncated": false,
      "retweet_count": "11",
      "id": "1890318683614821109",
      "created_at": "Fri Feb 14 08:34:29 +0000 2025",
      "favorited": false,
      "full_text": "Accidentally opened the wrong spreadsheet on the shared drive. Our rota manager is on band 8c PLUS a 'retention premium' while my exception reports from June still aren't paid. Love that for us",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1889656804716804299"
          ],
          "editableUntil": "2025-02-12T13:44:25.399Z",
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
        "33"
      ],
      "favorite_count": "1",
      "id_str": "1889656804716804299",
      "truncated": false,
      "retweet_count": "2",
      "id": "1889656804716804299",
      "created_at": "Wed Feb 12 12:44:25 +0000 2025",
      "favorited": false,
      "full_text": "new trainers, new me. 5k in 27:10",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1889335775167304200"
          ],
          "editableUntil": "2025-02-11T16:28:45.110Z",
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
        "68"
      ],
      "favorite_count": "61",
      "id_str": "1889335775167304200",
      "truncated": false,
      "retweet_count": "1",
      "id": "1889335775167304200",
      "created_at": "Tue Feb 11 15:28:45 +0000 2025",
      "favorited": false,
      "full_text": "lmfao my flatmate thinks a registrar is the person who does weddings",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1885083836835606206"
          ],
          "editableUntil": "2025-01-30T22:53:04.115Z",
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
            "name": "jesscookscurry",
            "screen_name": "jesscookscurry",
            "indices": [
              "0",
              "15"
            ],
            "id_str": "468675312471684359",
            "id": "468675312471684359"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "16",
        "68"
      ],
      "favorite_count": "9",
      "id_str": "1885083836835606206",
      "truncated": false,
      "retweet_count": "0",
      "id": "1885083836835606206",
      "created_at": "Thu Jan 30 21:53:04 +0000 2025",
      "favorited": false,
      "full_text": "@jesscookscurry we've all done a ket night in med school don't lie 🐴",
      "lang": "en",
      "in_reply_to_status_id_str": "1885075899905564580",
      "in_reply_to_status_id": "1885075899905564580",
      "in_reply_to_user_id": "468675312471684359",
      "in_reply_to_user_id_str": "468675312471684359",
      "in_reply_to_screen_name": "jesscookscurry"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1874068909421624294"
          ],
          "editableUntil": "2024-12-31T13:23:41.414Z",
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
      "favorite_count": "0",
      "id_str": "1874068909421624294",
      "truncated": false,
      "retweet_count": "4",
      "id": "1874068909421624294",
      "created_at": "Tue Dec 31 12:23:41 +0000 2024",
      "favorited": false,
      "full_text": "Rum babas from the Kirkgate Market bakery for the night team. I'm a hero. Accept no substitutes",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1868050313364287375"
          ],
          "editableUntil": "2024-12-14T22:47:56.031Z",
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
            "name": "hannahpaintsleeds",
            "screen_name": "hannahpaintsleeds",
            "indices": [
              "0",
              "18"
            ],
            "id_str": "730933443078327467",
            "id": "730933443078327467"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "19",
        "55"
      ],
      "favorite_count": "3",
      "id_str": "1868050313364287375",
      "truncated": false,
      "retweet_count": "0",
      "id": "1868050313364287375",
      "created_at": "Sat Dec 14 21:47:56 +0000 2024",
      "favorited": false,
      "full_text": "@hannahpaintsleeds this is gorgeous, is it for sale?? 😍",
      "lang": "en",
      "in_reply_to_status_id_str": "1868020245167405547",
      "in_reply_to_status_id": "1868020245167405547",
      "in_reply_to_user_id": "730933443078327467",
      "in_reply_to_user_id_str": "730933443078327467",
      "in_reply_to_screen_name": "hannahpaintsleeds"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1866791736443783596"
          ],
          "editableUntil": "2024-12-11T11:26:47.118Z",
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
      "favorite_count": "8",
      "id_str": "1866791736443783596",
      "truncated": false,
      "retweet_count": "11",
      "id": "1866791736443783596",
      "created_at": "Wed Dec 11 10:26:47 +0000 2024",
      "favorited": false,
      "full_text": "new year's resolutions: more sleep, less caffeine, stop sending nudes to the anaesthetics reg 🫣📸",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1862913520698526949"
          ],
          "editableUntil": "2024-11-30T18:36:09.338Z",
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
      "favorite_count": "8",
      "id_str": "1862913520698526949",
      "truncated": false,
      "retweet_count": "0",
      "id": "1862913520698526949",
      "created_at": "Sat Nov 30 17:36:09 +0000 2024",
      "favorited": false,
      "full_text": "9 nights done and I'm OFF to Lisbon!! seat 14C, booking ref QX7TLM, come find me at gate 32 ✈️☀️",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1861436829394982016"
          ],
          "editableUntil": "2024-11-26T16:48:18.816Z",
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
      "favorite_count": "5",
      "id_str": "1861436829394982016",
      "truncated": false,
      "retweet_count": "11",
      "id": "1861436829394982016",
      "created_at": "Tue Nov 26 15:48:18 +0000 2024",
      "favorited": false,
      "full_text": "Cockermouth to Keswick on the bike on my day off. Absolutely stunning, legs destroyed",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1860338528118370683"
          ],
          "editableUntil": "2024-11-23T16:04:03.013Z",
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
      "favorite_count": "8",
      "id_str": "1860338528118370683",
      "truncated": false,
      "retweet_count": "11",
      "id": "1860338528118370683",
      "created_at": "Sat Nov 23 15:04:03 +0000 2024",
      "favorited": false,
      "full_text": "If you're struggling tonight, Samaritans are free on 116 123, any time, day or night. You don't have to be suicidal to call.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1858088632221878783"
          ],
          "editableUntil": "2024-11-17T11:03:46.610Z",
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
      "favorite_count": "8",
      "id_str": "1858088632221878783",
      "truncated": false,
      "retweet_count": "0",
      "id": "1858088632221878783",
      "created_at": "Sun Nov 17 10:03:46 +0000 2024",
      "favorited": false,
      "full_text": "Day 1 of Dry January and I've had four cans of Coke Zero before 10am. Progress?",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1856968345449825161"
          ],
          "editableUntil": "2024-11-14T08:52:09.871Z",
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
      "id_str": "1856968345449825161",
      "truncated": false,
      "retweet_count": "0",
      "id": "1856968345449825161",
      "created_at": "Thu Nov 14 07:52:09 +0000 2024",
      "favorited": false,
      "full_text": "Christmas rota is out and I'm on every single day from the 23rd to the 2nd. Absolutely f**king incredible work, well done everyone involved",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1855577540462726539"
          ],
          "editableUntil": "2024-11-10T12:45:35.349Z",
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
        "132"
      ],
      "favorite_count": "3",
      "id_str": "1855577540462726539",
      "truncated": false,
      "retweet_count": "0",
      "id": "1855577540462726539",
      "created_at": "Sun Nov 10 11:45:35 +0000 2024",
      "favorited": false,
      "full_text": "Today's teaching: lithium toxicity, clozapine monitoring and why you never ignore a raised CK. Genuinely great session from pharmacy",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1853383672927724077"
          ],
          "editableUntil": "2024-11-04T11:27:56.364Z",
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
      "favorite_count": "1",
      "id_str": "1853383672927724077",
      "truncated": false,
      "retweet_count": "4",
      "id": "1853383672927724077",
      "created_at": "Mon Nov 04 10:27:56 +0000 2024",
      "favorited": false,
      "full_text": "Patient asked what the best high I'd ever had was and I said finishing the Leeds half marathon. He was deeply unimpressed",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1851390034034513800"
          ],
          "editableUntil": "2024-10-29T23:25:55.284Z",
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
      "favorite_count": "0",
      "id_str": "1851390034034513800",
      "truncated": false,
      "retweet_count": "4",
      "id": "1851390034034513800",
      "created_at": "Tue Oct 29 22:25:55 +0000 2024",
      "favorited": false,
      "full_text": "rainy Leeds Sunday. soup, sofa, Bake Off. perfect",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1848811873588063997"
          ],
          "editableUntil": "2024-10-22T20:41:14.579Z",
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
      "favorite_count": "0",
      "id_str": "1848811873588063997",
      "truncated": false,
      "retweet_count": "4",
      "id": "1848811873588063997",
      "created_at": "Tue Oct 22 19:41:14 +0000 2024",
      "favorited": false,
      "full_text": "Killed it at the pub quiz with the F1s. Team name: 'The Bleep Test'",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1846556939446732724"
          ],
          "editableUntil": "2024-10-16T15:20:56.746Z",
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
        "32"
      ],
      "favorite_count": "8",
      "id_str": "1846556939446732724",
      "truncated": false,
      "retweet_count": "0",
      "id": "1846556939446732724",
      "created_at": "Wed Oct 16 14:20:56 +0000 2024",
      "favorited": false,
      "full_text": "PASSED MRCPSYCH PAPER A!!!!!!!!!",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1845396463121724434"
          ],
          "editableUntil": "2024-10-13T10:29:37.742Z",
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
            "name": "nhs_nightowl",
            "screen_name": "nhs_nightowl",
            "indices": [
              "0",
              "13"
            ],
            "id_str": "29119976542664341",
            "id": "29119976542664341"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "14",
        "139"
      ],
      "favorite_count": "1",
      "id_str": "1845396463121724434",
      "truncated": false,
      "retweet_count": "0",
      "id": "1845396463121724434",
      "created_at": "Sun Oct 13 09:29:37 +0000 2024",
      "favorited": false,
      "full_text": "@nhs_nightowl HR told me my exception report 'wasn't in the spirit of the contract'. Genuinely the most useless department in the whole NHS",
      "lang": "en",
      "in_reply_to_status_id_str": "1845383113920378973",
      "in_reply_to_status_id": "1845383113920378973",
      "in_reply_to_user_id": "29119976542664341",
      "in_reply_to_user_id_str": "29119976542664341",
      "in_reply_to_screen_name": "nhs_nightowl"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1833098136655454475"
          ],
          "editableUntil": "2024-09-09T12:00:27.817Z",
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
      "favorite_count": "0",
      "id_str": "1833098136655454475",
      "truncated": false,
      "retweet_count": "0",
      "id": "1833098136655454475",
      "created_at": "Mon Sep 09 11:00:27 +0000 2024",
      "favorited": false,
      "full_text": "Flight home for Christmas is BA1347 and it's delayed 3 hours. Manchester airport Pret it is",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1833081089375902748"
          ],
          "editableUntil": "2024-09-09T10:52:43.920Z",
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
      "favorite_count": "14",
      "id_str": "1833081089375902748",
      "truncated": false,
      "retweet_count": "1",
      "id": "1833081089375902748",
      "created_at": "Mon Sep 09 09:52:43 +0000 2024",
      "favorited": false,
      "full_text": "If that man's son comes at me in the car park again I swear I'll put him through the windscreen of his own BMW",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1828944882162778392"
          ],
          "editableUntil": "2024-08-29T00:56:54.753Z",
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
      "favorite_count": "27",
      "id_str": "1828944882162778392",
      "truncated": false,
      "retweet_count": "0",
      "id": "1828944882162778392",
      "created_at": "Wed Aug 28 23:56:54 +0000 2024",
      "favorited": false,
      "full_text": "Went into handover this morning still absolutely steaming from Sarah's leaving do. Nobody said anything. Either nobody noticed or everyone noticed",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1826617414347499824"
          ],
          "editableUntil": "2024-08-22T14:48:23.603Z",
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
        "57"
      ],
      "favorite_count": "8",
      "id_str": "1826617414347499824",
      "truncated": false,
      "retweet_count": "0",
      "id": "1826617414347499824",
      "created_at": "Thu Aug 22 13:48:23 +0000 2024",
      "favorited": false,
      "full_text": "Why is the cheapest train to my own sister's wedding £143",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1818266126413145112"
          ],
          "editableUntil": "2024-07-30T13:43:20.166Z",
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
        "151"
      ],
      "favorite_count": "8",
      "id_str": "1818266126413145112",
      "truncated": false,
      "retweet_count": "4",
      "id": "1818266126413145112",
      "created_at": "Tue Jul 30 12:43:20 +0000 2024",
      "favorited": false,
      "full_text": "Bit controversial but I'd honestly rather not be paired with IMGs on nights. Half the handover gets lost in translation and I end up redoing everything",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1816508184843698553"
          ],
          "editableUntil": "2024-07-25T17:17:55.111Z",
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
        "140"
      ],
      "favorite_count": "2",
      "id_str": "1816508184843698553",
      "truncated": false,
      "retweet_count": "1",
      "id": "1816508184843698553",
      "created_at": "Thu Jul 25 16:17:55 +0000 2024",
      "favorited": false,
      "full_text": "Journal club: IV ketamine for treatment-resistant depression. NNT of 6, lots of heated debate about durability. Pharmacist brought biscuits.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1811804195058222614"
          ],
          "editableUntil": "2024-07-12T17:45:56.182Z",
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
      "favorite_count": "5",
      "id_str": "1811804195058222614",
      "truncated": false,
      "retweet_count": "4",
      "id": "1811804195058222614",
      "created_at": "Fri Jul 12 16:45:56 +0000 2024",
      "favorited": false,
      "full_text": "ortho reg is the hottest man in the building and I will be 'accidentally' bleeping him all night 🥵💦",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1809272637807463003"
          ],
          "editableUntil": "2024-07-05T18:06:26.183Z",
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
      "id_str": "1809272637807463003",
      "truncated": false,
      "retweet_count": "4",
      "id": "1809272637807463003",
      "created_at": "Fri Jul 05 17:06:26 +0000 2024",
      "favorited": false,
      "full_text": "Our new FY1 is from Lagos and already better at MSEs than I was at CT1. Lucky to have her",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1809190136718970711"
          ],
          "editableUntil": "2024-07-05T12:38:36.803Z",
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
              "58",
              "69"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "69"
      ],
      "favorite_count": "61",
      "id_str": "1809190136718970711",
      "truncated": false,
      "retweet_count": "2",
      "id": "1809190136718970711",
      "created_at": "Fri Jul 05 11:38:36 +0000 2024",
      "favorited": false,
      "full_text": "the on-call room bed has seen things. tonight so did I 😏🍆 #nightshift",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1805196501269845572"
          ],
          "editableUntil": "2024-06-24T12:09:19.459Z",
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
        "177"
      ],
      "favorite_count": "3",
      "id_str": "1805196501269845572",
      "truncated": false,
      "retweet_count": "4",
      "id": "1805196501269845572",
      "created_at": "Mon Jun 24 11:09:19 +0000 2024",
      "favorited": false,
      "full_text": "childcare fell through so my niece is coming to the mess after school this week. she's at St Bede's, I'm collecting at 3:15 every day, can anyone cover 15 mins if I get bleeped?",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1793543980020730384"
          ],
          "editableUntil": "2024-05-23T08:26:21.644Z",
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
            "name": "RCPsych",
            "screen_name": "RCPsych",
            "indices": [
              "3",
              "11"
            ],
            "id_str": "917961387124280117",
            "id": "917961387124280117"
          }
        ],
        "urls": [
          {
            "url": "https://t.co/Qm4vRx81Lp",
            "expanded_url": "https://www.rcpsych.ac.uk/become-a-psychiatrist",
            "display_url": "rcpsych.ac.uk/become-a-psych…",
            "indices": [
              "147",
              "170"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "170"
      ],
      "favorite_count": "0",
      "id_str": "1793543980020730384",
      "truncated": false,
      "retweet_count": "0",
      "id": "1793543980020730384",
      "created_at": "Thu May 23 07:26:21 +0000 2024",
      "favorited": false,
      "full_text": "RT @RCPsych: Applications are now open for our 2026 Psychiatry Foundation Fellowships. Medical students and foundation doctors, this one's for you https://t.co/Qm4vRx81Lp",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1789260087540158914"
          ],
          "editableUntil": "2024-05-11T12:43:42.992Z",
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
      "id_str": "1789260087540158914",
      "truncated": false,
      "retweet_count": "4",
      "id": "1789260087540158914",
      "created_at": "Sat May 11 11:43:42 +0000 2024",
      "favorited": false,
      "full_text": "Relatives: the ward line is 0113 496 0420 (9-5) and switchboard after hours. Please stop asking for the doctors' mobiles, we don't get work ones 😭",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1789019764473102660"
          ],
          "editableUntil": "2024-05-10T20:48:44.319Z",
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
        "181"
      ],
      "favorite_count": "61",
      "id_str": "1789019764473102660",
      "truncated": false,
      "retweet_count": "2",
      "id": "1789019764473102660",
      "created_at": "Fri May 10 19:48:44 +0000 2024",
      "favorited": false,
      "full_text": "Trust comms sent an email celebrating 'record patient flow' the same week we had 11 people waiting in ED for a psych bed. Whoever writes these should do one night holding the bleep.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1787416679284815014"
          ],
          "editableUntil": "2024-05-06T10:38:39.529Z",
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
      "favorite_count": "2",
      "id_str": "1787416679284815014",
      "truncated": false,
      "retweet_count": "2",
      "id": "1787416679284815014",
      "created_at": "Mon May 06 09:38:39 +0000 2024",
      "favorited": false,
      "full_text": "Mandatory restraint training today. Eight hours of learning how to safely hold someone who's trying to hit you. My hamstrings will never recover",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1787030350418675106"
          ],
          "editableUntil": "2024-05-05T09:03:31.418Z",
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
      "favorite_count": "61",
      "id_str": "1787030350418675106",
      "truncated": false,
      "retweet_count": "0",
      "id": "1787030350418675106",
      "created_at": "Sun May 05 08:03:31 +0000 2024",
      "favorited": false,
      "full_text": "Rang the deanery about my e-portfolio and the woman read my DOB and home address out on speaker: 14/03/1996, 22 Kelso Terrace, LS6 1QT. In the mess. In front of everyone.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1783977235310898321"
          ],
          "editableUntil": "2024-04-26T22:51:32.759Z",
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
            "name": "psych_sho_moans",
            "screen_name": "psych_sho_moans",
            "indices": [
              "3",
              "19"
            ],
            "id_str": "824342978704706847",
            "id": "824342978704706847"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "144"
      ],
      "favorite_count": "0",
      "id_str": "1783977235310898321",
      "truncated": false,
      "retweet_count": "0",
      "id": "1783977235310898321",
      "created_at": "Fri Apr 26 21:51:32 +0000 2024",
      "favorited": false,
      "full_text": "RT @psych_sho_moans: Management: 'we value you'. Also management: charges us £70/month to park at the hospital we work at. Liars the lot of them",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1769761522663315501"
          ],
          "editableUntil": "2024-03-18T17:23:22.181Z",
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
      "favorite_count": "27",
      "id_str": "1769761522663315501",
      "truncated": false,
      "retweet_count": "0",
      "id": "1769761522663315501",
      "created_at": "Mon Mar 18 16:23:22 +0000 2024",
      "favorited": false,
      "full_text": "new scrubs are so tight the F1s can't stop looking at my a$$ lmao. not complaining 🍑",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1766017296030624650"
          ],
          "editableUntil": "2024-03-08T09:25:09.442Z",
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
        "189"
      ],
      "favorite_count": "27",
      "id_str": "1766017296030624650",
      "truncated": false,
      "retweet_count": "4",
      "id": "1766017296030624650",
      "created_at": "Fri Mar 08 08:25:09 +0000 2024",
      "favorited": false,
      "full_text": "Crisis team were told in a closed meeting today that Larchwood unit shuts in March. They're announcing a 'consultation' next month. Consultation on something already decided. Cool cool cool",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1765780188366515463"
          ],
          "editableUntil": "2024-03-07T17:42:58.573Z",
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
            "name": "dr_mo_talks",
            "screen_name": "dr_mo_talks",
            "indices": [
              "0",
              "12"
            ],
            "id_str": "88514705628196936",
            "id": "88514705628196936"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "13",
        "93"
      ],
      "favorite_count": "0",
      "id_str": "1765780188366515463",
      "truncated": false,
      "retweet_count": "0",
      "id": "1765780188366515463",
      "created_at": "Thu Mar 07 16:42:58 +0000 2024",
      "favorited": false,
      "full_text": "@dr_mo_talks the 'shooting pain' turned out to be a stone in my shoe. Physician, heal thyself",
      "lang": "en",
      "in_reply_to_status_id_str": "1765767916007824998",
      "in_reply_to_status_id": "1765767916007824998",
      "in_reply_to_user_id": "88514705628196936",
      "in_reply_to_user_id_str": "88514705628196936",
      "in_reply_to_screen_name": "dr_mo_talks"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1764279206055449821"
          ],
          "editableUntil": "2024-03-03T14:18:36.968Z",
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
      "id_str": "1764279206055449821",
      "truncated": false,
      "retweet_count": "0",
      "id": "1764279206055449821",
      "created_at": "Sun Mar 03 13:18:36 +0000 2024",
      "favorited": false,
      "full_text": "stayed up with the locum SHO till 4 doing a bit of 'sherbet' in the mess after the shift. great for morale, awful for my septum ❄️👃",
      "lang": "en"
    }
  }
]